<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AccentPopup</name>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="59"/>
        <source>{letter} with acute accent</source>
        <translation>{letter} with acute accent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="60"/>
        <source>{letter} with grave accent</source>
        <translation>{letter} with grave accent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="61"/>
        <source>{letter} with circumflex</source>
        <translation>{letter} with circumflex</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="62"/>
        <source>{letter} with two dots</source>
        <translation>{letter} with two dots</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="63"/>
        <source>{letter} with cedilla</source>
        <translation>{letter} with cedilla</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="64"/>
        <source>{letter} with tilde</source>
        <translation>{letter} with tilde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="65"/>
        <source>{letter} with ring</source>
        <translation>{letter} with ring</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="66"/>
        <source>{letter} with caron</source>
        <translation>{letter} with caron</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="67"/>
        <source>{letter} with breve</source>
        <translation>{letter} with breve</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="68"/>
        <source>{letter} with dot above</source>
        <translation>{letter} with dot above</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="69"/>
        <source>{letter} with stroke</source>
        <translation>{letter} with stroke</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="77"/>
        <source>sharp s (ß)</source>
        <translation>sharp s (ß)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="138"/>
        <source>Accented letters</source>
        <translation>Accented letters</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="141"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="160"/>
        <source>Reading your card</source>
        <translation>Reading your card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="161"/>
        <source>Please leave your card in the reader.</source>
        <translation>Please leave your card in the reader.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="162"/>
        <source>This takes a few seconds.</source>
        <translation>This takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="164"/>
        <source>There is a problem with the card</source>
        <translation>There is a problem with the card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="167"/>
        <source>If it still does not work, please ask a volunteer.</source>
        <translation>If it still does not work, please ask a volunteer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="170"/>
        <source>Please take the card out of the reader</source>
        <translation>Please take the card out of the reader</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="172"/>
        <source>A card is still in the reader. Take it out first.</source>
        <translation>A card is still in the reader. Take it out first.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="174"/>
        <source>Then put your own identity card in.</source>
        <translation>Then put your own identity card in.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="176"/>
        <source>Put your identity card in the reader</source>
        <translation>Put your identity card in the reader</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="178"/>
        <source>Chip first, facing up, as in the picture.</source>
        <translation>Chip first, facing up, as in the picture.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="181"/>
        <source>Leave it in the reader until you are told to take it out.</source>
        <translation>Leave it in the reader until you are told to take it out.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="201"/>
        <source>The card reader is ready.</source>
        <translation>The card reader is ready.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="106"/>
        <source>Sharing your health data</source>
        <translation>Sharing your health data</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="108"/>
        <source>With your informed consent, the care providers who treat you can share your health data with each other, safely and electronically, for your care only.</source>
        <translation>With your informed consent, the care providers who treat you can share your health data with each other, safely and electronically, for your care only.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="115"/>
        <source>What is it?</source>
        <translation>What is it?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="116"/>
        <source>Who can see your data?</source>
        <translation>Who can see your data?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="117"/>
        <source>You stay in control</source>
        <translation>You stay in control</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="121"/>
        <source>It is free and voluntary.</source>
        <translation>It is free and voluntary.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="122"/>
        <source>It is valid throughout Belgium, in every health network.</source>
        <translation>It is valid throughout Belgium, in every health network.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="127"/>
        <source>Only care providers who are treating you, within strict access rules.</source>
        <translation>Only care providers who are treating you, within strict access rules.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="131"/>
        <source>Never insurers, occupational doctors or health insurance fund doctors.</source>
        <translation>Never insurers, occupational doctors or health insurance fund doctors.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="137"/>
        <source>You can withdraw your consent at any time.</source>
        <translation>You can withdraw your consent at any time.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="138"/>
        <source>You can see who consulted your record and exclude a care provider.</source>
        <translation>You can see who consulted your record and exclude a care provider.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="142"/>
        <source>You can name a trusted person to help you.</source>
        <translation>You can name a trusted person to help you.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="151"/>
        <source>If you do not agree, your care stays exactly the same.</source>
        <translation>If you do not agree, your care stays exactly the same.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="153"/>
        <source>Do you agree to share your health data?</source>
        <translation>Do you agree to share your health data?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="154"/>
        <source>I agree to share</source>
        <translation>I agree to share</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="155"/>
        <source>I do not agree</source>
        <translation>I do not agree</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="159"/>
        <source>Gives your informed consent. Next you can name a trusted person.</source>
        <translation>Gives your informed consent. Next you can name a trusted person.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="164"/>
        <source>You will be asked to confirm. Your care stays the same.</source>
        <translation>You will be asked to confirm. Your care stays the same.</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="82"/>
        <source>Demo cards (fictitious people)</source>
        <translation>Demo cards (fictitious people)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="84"/>
        <source>Citizen, Dutch card</source>
        <translation>Citizen, Dutch card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="85"/>
        <source>Citizen, French card</source>
        <translation>Citizen, French card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="86"/>
        <source>Citizen, German card</source>
        <translation>Citizen, German card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="87"/>
        <source>Foreign resident</source>
        <translation>Foreign resident</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="88"/>
        <source>Citizen, new card (2020)</source>
        <translation>Citizen, new card (2020)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="89"/>
        <source>Child of 10 (Kids-ID)</source>
        <translation>Child of 10 (Kids-ID)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="90"/>
        <source>White cane (blind)</source>
        <translation>White cane (blind)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="91"/>
        <source>Yellow cane (partially sighted)</source>
        <translation>Yellow cane (partially sighted)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="92"/>
        <source>Has a legal representative</source>
        <translation>Has a legal representative</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="93"/>
        <source>Expired card</source>
        <translation>Expired card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="94"/>
        <source>Forged or damaged card</source>
        <translation>Forged or damaged card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="95"/>
        <source>Not an eID card</source>
        <translation>Not an eID card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="96"/>
        <source>Take the card out</source>
        <translation>Take the card out</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="98"/>
        <source>Unplug the reader</source>
        <translation>Unplug the reader</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="100"/>
        <source>Plug the reader in</source>
        <translation>Plug the reader in</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="150"/>
        <source>Finish</source>
        <extracomment>The Brussels Health Network&apos;s portal per kiosk language, when the stand configures none. BHN publishes FR/NL/EN only (consent-domain.md §5): German visitors get the English site. The QR code&apos;s side in pixels: about 7 px modules for a portal link, easy for any phone at arm&apos;s length, and small enough to leave the reference the main place on the receipt.</extracomment>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="157"/>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="159"/>
        <source>Your answer is noted. Nothing about you was stored or sent: your data was not registered.</source>
        <translation>Your answer is noted. Nothing about you was stored or sent: your data was not registered.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="164"/>
        <source>Scan to open the network&apos;s website.</source>
        <translation>Scan to open the network&apos;s website.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="168"/>
        <source>This was a demonstration: nothing was sent to the Brussels Health Network.</source>
        <translation>This was a demonstration: nothing was sent to the Brussels Health Network.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="173"/>
        <source>Your choice has been saved. This kiosk sends it securely to the Brussels Health Network.</source>
        <translation>Your choice has been saved. This kiosk sends it securely to the Brussels Health Network.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="184"/>
        <source>Your reference</source>
        <translation>Your reference</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="186"/>
        <source>Write it down, or scan the code with your phone to keep it.</source>
        <translation>Write it down, or scan the code with your phone to keep it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="188"/>
        <source>Please take your eID card with you.</source>
        <translation>Please take your eID card with you.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="179"/>
        <source>Scan to open the network&apos;s website. Your reference is included.</source>
        <translation>Scan to open the network&apos;s website. Your reference is included.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="189"/>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="191"/>
        <source>Opens the network&apos;s website, with your reference.</source>
        <translation>Opens the network&apos;s website, with your reference.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="226"/>
        <source>Your reference: {reference}</source>
        <translation>Your reference: {reference}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="241"/>
        <source>This screen closes by itself in {n} second(s).</source>
        <translation>This screen closes by itself in {n} second(s).</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="146"/>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="147"/>
        <source>Please ask a volunteer for help.</source>
        <translation>Please ask a volunteer for help.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="149"/>
        <source>Error code: {code}</source>
        <translation>Error code: {code}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="151"/>
        <source>Time: {time}</source>
        <translation>Time: {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="152"/>
        <source>This kiosk is waiting for a volunteer.</source>
        <translation>This kiosk is waiting for a volunteer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="153"/>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
</context>
<context>
    <name>ExclusionsPage</name>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="67"/>
        <source>Seems wrong: compare it with the printed number.</source>
        <translation>Seems wrong: compare it with the printed number.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="70"/>
        <source>Not right: please check the digits.</source>
        <translation>Not right: please check the digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="71"/>
        <source>Already on your list.</source>
        <translation>Already on your list.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="85"/>
        <source>Digits only, please.</source>
        <translation>Digits only, please.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="88"/>
        <source>{n} of 11 digits typed.</source>
        <translation>{n} of 11 digits typed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="91"/>
        <source>Too many digits.</source>
        <translation>Too many digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="238"/>
        <source>Add to the list</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="242"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="243"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="252"/>
        <source>Please type the 11 digits of the NIHII number.</source>
        <translation>Please type the 11 digits of the NIHII number.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="266"/>
        <source>Exclude a care provider (optional)</source>
        <translation>Exclude a care provider (optional)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="268"/>
        <source>You can exclude a particular care provider, for example a doctor or a pharmacist: they will then not be able to see your shared health record. You need their NIHII number (RIZIV/INAMI number). It is printed on their prescriptions.</source>
        <translation>You can exclude a particular care provider, for example a doctor or a pharmacist: they will then not be able to see your shared health record. You need their NIHII number (RIZIV/INAMI number). It is printed on their prescriptions.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="276"/>
        <source>Care providers you exclude</source>
        <translation>Care providers you exclude</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="277"/>
        <source>You have not excluded anyone.</source>
        <translation>You have not excluded anyone.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="278"/>
        <source>Add a care provider</source>
        <translation>Add a care provider</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="280"/>
        <source>You cannot add more care providers here.</source>
        <translation>You cannot add more care providers here.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="283"/>
        <source>Which care provider do you want to exclude?</source>
        <translation>Which care provider do you want to exclude?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="286"/>
        <source>Type their NIHII number: 11 digits, as printed on their prescriptions.</source>
        <translation>Type their NIHII number: 11 digits, as printed on their prescriptions.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="292"/>
        <source>It is also on their invoices and on the certificate of care given (attestation de soins donnés, getuigschrift voor verstrekte hulp). The care provider can tell you too.</source>
        <translation>It is also on their invoices and on the certificate of care given (attestation de soins donnés, getuigschrift voor verstrekte hulp). The care provider can tell you too.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="299"/>
        <source>NIHII number</source>
        <translation>NIHII number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="300"/>
        <source>Their name (optional)</source>
        <translation>Their name (optional)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="304"/>
        <source>I have checked: the number is exactly as printed.</source>
        <translation>I have checked: the number is exactly as printed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="237"/>
        <source>Cancel: do not add a care provider</source>
        <translation>Cancel: do not add a care provider</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="129"/>
        <source>Is this you?</source>
        <translation>Is this you?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="130"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="131"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="132"/>
        <source>National number</source>
        <translation>National number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="134"/>
        <source>For your privacy, only the last two digits of your national number are shown.</source>
        <translation>For your privacy, only the last two digits of your national number are shown.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="142"/>
        <source>Your name and date of birth, read from your card, are on the screen. To hear them, choose “Read my details aloud” at the bottom of the screen.</source>
        <translation>Your name and date of birth, read from your card, are on the screen. To hear them, choose “Read my details aloud” at the bottom of the screen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="148"/>
        <source>Yes, this is me</source>
        <translation>Yes, this is me</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="149"/>
        <source>No, this is not me</source>
        <translation>No, this is not me</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="153"/>
        <source>Stops here and erases what was read from the card.</source>
        <translation>Stops here and erases what was read from the card.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="155"/>
        <source>Photo from the identity card</source>
        <translation>Photo from the identity card</translation>
    </message>
</context>
<context>
    <name>LookToggle</name>
    <message>
        <location filename="../kiosk/ui/look_toggle.py" line="77"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/look_toggle.py" line="80"/>
        <source>Larger text and high contrast. Shortcut: F3.</source>
        <translation>Larger text and high contrast. Shortcut: F3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="511"/>
        <source>Health data sharing: consent kiosk</source>
        <translation>Health data sharing: consent kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="512"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="513"/>
        <source>Demonstration mode</source>
        <translation>Demonstration mode</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="514"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="515"/>
        <location filename="../kiosk/ui/selftest_checks.py" line="119"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="433"/>
        <location filename="../kiosk/ui/main_window.py" line="519"/>
        <source>Go to the previous step.</source>
        <translation>Go to the previous step.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="522"/>
        <source>Stop and erase everything you entered.</source>
        <translation>Stop and erase everything you entered.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="525"/>
        <source>Do you want to stop? Everything you entered will be erased.</source>
        <translation>Do you want to stop? Everything you entered will be erased.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="527"/>
        <source>Yes, stop</source>
        <translation>Yes, stop</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="528"/>
        <source>No, continue</source>
        <translation>No, continue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="532"/>
        <source>Demo cards</source>
        <translation>Demo cards</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../kiosk/ui/messages.py" line="117"/>
        <source>Something went wrong on this kiosk. Please ask a volunteer.</source>
        <extracomment>The card layer&apos;s codes, plus the one the monitor gives an unexpected failure. Every code an :class:`~kiosk.outbox.records.OutboxError` can carry (the outbox has no list of its own; a test reads them from its source so a new one cannot be missed here). The error-step codes of the flow (``EnrolmentFlow.error_code``), besides the card layer&apos;s.</extracomment>
        <translation>Something went wrong on this kiosk. Please ask a volunteer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="121"/>
        <source>Your choices could not be saved on this kiosk. Nothing was sent. Please ask a volunteer.</source>
        <translation>Your choices could not be saved on this kiosk. Nothing was sent. Please ask a volunteer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="128"/>
        <source>The card could not be read. Take it out and put it in again, chip first and facing up.</source>
        <translation>The card could not be read. Take it out and put it in again, chip first and facing up.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="135"/>
        <source>This card could not be checked, so its information cannot be used here. Please ask a volunteer.</source>
        <translation>This card could not be checked, so its information cannot be used here. Please ask a volunteer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="143"/>
        <source>The information on this card cannot be used here. Please ask a volunteer.</source>
        <translation>The information on this card cannot be used here. Please ask a volunteer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="151"/>
        <source>This is not possible at this step.</source>
        <translation>This is not possible at this step.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="152"/>
        <source>You cannot go back from here.</source>
        <translation>You cannot go back from here.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="153"/>
        <source>This language is not available.</source>
        <translation>This language is not available.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="154"/>
        <source>Please confirm that this person has registered their own consent.</source>
        <translation>Please confirm that this person has registered their own consent.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="157"/>
        <source>You cannot be your own trusted person. Please choose someone else.</source>
        <translation>You cannot be your own trusted person. Please choose someone else.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="160"/>
        <source>This person is already on your list.</source>
        <translation>This person is already on your list.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="163"/>
        <source>You cannot add more trusted persons here. You can add more on the website of the Brussels Health Network.</source>
        <translation>You cannot add more trusted persons here. You can add more on the website of the Brussels Health Network.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="168"/>
        <source>This person is no longer on your list.</source>
        <translation>This person is no longer on your list.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="171"/>
        <source>This care provider is already on your list.</source>
        <translation>This care provider is already on your list.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="174"/>
        <source>You cannot add more care providers here. You can add more on the website of the Brussels Health Network.</source>
        <translation>You cannot add more care providers here. You can add more on the website of the Brussels Health Network.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="179"/>
        <source>This care provider is no longer on your list.</source>
        <translation>This care provider is no longer on your list.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="183"/>
        <source>This identity card has expired. Please use a valid card, or ask a volunteer.</source>
        <translation>This identity card has expired. Please use a valid card, or ask a volunteer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="187"/>
        <source>Your card does not show your full date of birth, so your age cannot be checked here. Please ask a volunteer.</source>
        <translation>Your card does not show your full date of birth, so your age cannot be checked here. Please ask a volunteer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="192"/>
        <source>Reading the card took too long. Take it out and put it in again, chip first and facing up.</source>
        <translation>Reading the card took too long. Take it out and put it in again, chip first and facing up.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="197"/>
        <source>This is not the card you used at the start. Please put your own identity card back in the reader.</source>
        <translation>This is not the card you used at the start. Please put your own identity card back in the reader.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="202"/>
        <source>Your choices could not be saved. Nothing was sent. Please try again, or ask a volunteer.</source>
        <translation>Your choices could not be saved. Nothing was sent. Please try again, or ask a volunteer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="207"/>
        <source>This card number is not correct. Please check the digits.</source>
        <translation>This card number is not correct. Please check the digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="210"/>
        <source>This card number is not valid. It has 12 digits, or the letter B and 9 digits.</source>
        <translation>This card number is not valid. It has 12 digits, or the letter B and 9 digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="214"/>
        <source>This national number is not valid. It has 11 digits. Please check it.</source>
        <translation>This national number is not valid. It has 11 digits. Please check it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="218"/>
        <source>Please write the name as it is on the identity card.</source>
        <translation>Please write the name as it is on the identity card.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="221"/>
        <source>This care provider number is not valid. It has 11 digits.</source>
        <translation>This care provider number is not valid. It has 11 digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="224"/>
        <source>This care provider number does not look right. Please check it.</source>
        <translation>This care provider number does not look right. Please check it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="227"/>
        <source>If you do not agree, no trusted person or care provider can be recorded.</source>
        <translation>If you do not agree, no trusted person or care provider can be recorded.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="231"/>
        <source>Children under 16 are registered by a parent or a legal representative.</source>
        <translation>Children under 16 are registered by a parent or a legal representative.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="253"/>
        <source>The card reader is not working. Please ask a volunteer.</source>
        <translation>The card reader is not working. Please ask a volunteer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="256"/>
        <source>No card reader is connected. Please ask a volunteer.</source>
        <translation>No card reader is connected. Please ask a volunteer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="259"/>
        <source>There is no card in the reader. Put your identity card in, chip first and facing up.</source>
        <translation>There is no card in the reader. Put your identity card in, chip first and facing up.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="263"/>
        <source>This card is not a Belgian identity card (eID). Please use your Belgian eID card.</source>
        <translation>This card is not a Belgian identity card (eID). Please use your Belgian eID card.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="267"/>
        <source>The card was taken out too soon. Put it in again and leave it in until you are told to take it out.</source>
        <translation>The card was taken out too soon. Put it in again and leave it in until you are told to take it out.</translation>
    </message>
</context>
<context>
    <name>NotProvisioned</name>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="91"/>
        <source>This kiosk is not set up yet.</source>
        <translation>This kiosk is not set up yet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="93"/>
        <source>It cannot register anyone for now. Please come back later or ask a volunteer.</source>
        <translation>It cannot register anyone for now. Please come back later or ask a volunteer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="100"/>
        <source>For the IT person: set it up with this command:</source>
        <extracomment>Addressed to the network&apos;s IT person; the command itself is shown below it.</extracomment>
        <translation>For the IT person: set it up with this command:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="103"/>
        <source>Missing: {items}</source>
        <translation>Missing: {items}</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="214"/>
        <source>Hold down for more accented letters</source>
        <translation>Hold down for more accented letters</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="198"/>
        <source>Capital letters</source>
        <translation>Capital letters</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="199"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="200"/>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="201"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="203"/>
        <source>Erase the last character</source>
        <translation>Erase the last character</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="204"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="416"/>
        <source>Apostrophe</source>
        <translation>Apostrophe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="418"/>
        <source>Hyphen</source>
        <translation>Hyphen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="420"/>
        <source>Full stop</source>
        <translation>Full stop</translation>
    </message>
</context>
<context>
    <name>OperatorAck</name>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="349"/>
        <source>Reading the stick…</source>
        <translation>Reading the stick…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="364"/>
        <source>{n} submission(s) confirmed. {bad} file(s) refused ({codes}): they changed nothing. Ask the technical support.</source>
        <translation>{n} submission(s) confirmed. {bad} file(s) refused ({codes}): they changed nothing. Ask the technical support.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="373"/>
        <source>{n} submission(s) confirmed by the network and erased from this kiosk. You can take the stick out.</source>
        <translation>{n} submission(s) confirmed by the network and erased from this kiosk. You can take the stick out.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="381"/>
        <source>This acknowledgement was already read: nothing to change.</source>
        <translation>This acknowledgement was already read: nothing to change.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="387"/>
        <source>The acknowledgement on {drive} is for another kiosk.</source>
        <translation>The acknowledgement on {drive} is for another kiosk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="393"/>
        <source>No acknowledgement file on {drive}.</source>
        <translation>No acknowledgement file on {drive}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="405"/>
        <source>This kiosk has no network key to check acknowledgements. Ask the technical support.</source>
        <translation>This kiosk has no network key to check acknowledgements. Ask the technical support.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="414"/>
        <source>Reading the acknowledgement did not work ({code}).</source>
        <translation>Reading the acknowledgement did not work ({code}).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="209"/>
        <source>Read acknowledgement from USB</source>
        <translation>Read acknowledgement from USB</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="211"/>
        <source>Choose the USB stick with the network&apos;s acknowledgement. The submissions it confirms are erased from this kiosk; the others stay queued.</source>
        <translation>Choose the USB stick with the network&apos;s acknowledgement. The submissions it confirms are erased from this kiosk; the others stay queued.</translation>
    </message>
</context>
<context>
    <name>OperatorConfirm</name>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="129"/>
        <source>Start demonstration mode?</source>
        <translation>Start demonstration mode?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="130"/>
        <source>The kiosk will use specimen cards only. Nothing is saved or sent until demonstration mode is stopped.</source>
        <translation>The kiosk will use specimen cards only. Nothing is saved or sent until demonstration mode is stopped.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="135"/>
        <source>Yes, start it</source>
        <translation>Yes, start it</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="136"/>
        <location filename="../kiosk/ui/operator/action_flows.py" line="146"/>
        <location filename="../kiosk/ui/operator/action_flows.py" line="166"/>
        <location filename="../kiosk/ui/operator/action_flows.py" line="223"/>
        <location filename="../kiosk/ui/operator/action_flows.py" line="234"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="140"/>
        <source>Stop demonstration mode?</source>
        <translation>Stop demonstration mode?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="141"/>
        <source>The kiosk will read real eID cards and save real choices again.</source>
        <translation>The kiosk will read real eID cards and save real choices again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="145"/>
        <source>Yes, stop it</source>
        <translation>Yes, stop it</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="159"/>
        <source>Close the kiosk program?</source>
        <translation>Close the kiosk program?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="160"/>
        <source>Visitors cannot enrol until the kiosk is started again. Submissions waiting to be sent are kept.</source>
        <translation>Visitors cannot enrol until the kiosk is started again. Submissions waiting to be sent are kept.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="165"/>
        <source>Yes, close it</source>
        <translation>Yes, close it</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="217"/>
        <source>Send this submission again?</source>
        <translation>Send this submission again?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="218"/>
        <source>Reference {reference} goes back into the queue and is sent again.</source>
        <translation>Reference {reference} goes back into the queue and is sent again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="222"/>
        <source>Yes, send it again</source>
        <translation>Yes, send it again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="227"/>
        <source>Discard this submission?</source>
        <translation>Discard this submission?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="228"/>
        <source>Reference {reference} will never reach the network and cannot be recovered. The visitor will have to enrol again.</source>
        <translation>Reference {reference} will never reach the network and cannot be recovered. The visitor will have to enrol again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="233"/>
        <source>Yes, discard it</source>
        <translation>Yes, discard it</translation>
    </message>
</context>
<context>
    <name>OperatorExport</name>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="169"/>
        <source>{name} ({free} GB free)</source>
        <translation>{name} ({free} GB free)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="173"/>
        <source>{name} ({free} MB free)</source>
        <translation>{name} ({free} MB free)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="183"/>
        <source>Export to a USB stick</source>
        <translation>Export to a USB stick</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="185"/>
        <source>Choose the USB stick. The file is encrypted for the network: nobody else can read it. The submissions stay in the kiosk until the network confirms them.</source>
        <translation>Choose the USB stick. The file is encrypted for the network: nobody else can read it. The submissions stay in the kiosk until the network confirms them.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="192"/>
        <source>No USB stick found. Insert one, wait a moment, then tap &quot;Look again&quot;.</source>
        <translation>No USB stick found. Insert one, wait a moment, then tap &quot;Look again&quot;.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="197"/>
        <source>Back to the panel</source>
        <translation>Back to the panel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="198"/>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="290"/>
        <source>Writing the file…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="303"/>
        <source>Nothing to export: no submission is waiting.</source>
        <translation>Nothing to export: no submission is waiting.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="308"/>
        <source>{n} submission(s) saved on {drive}. You can take the stick out.</source>
        <translation>{n} submission(s) saved on {drive}. You can take the stick out.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="319"/>
        <source>This kiosk has no network key for exports. Ask the technical support.</source>
        <translation>This kiosk has no network key for exports. Ask the technical support.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="323"/>
        <source>The USB stick is full. Use another one.</source>
        <translation>The USB stick is full. Use another one.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="326"/>
        <source>The USB stick cannot be written to. Use another one.</source>
        <translation>The USB stick cannot be written to. Use another one.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="333"/>
        <source>The export did not work ({code}).</source>
        <translation>The export did not work ({code}).</translation>
    </message>
</context>
<context>
    <name>OperatorLanguage</name>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="229"/>
        <source>Language for new visitors</source>
        <translation>Language for new visitors</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="231"/>
        <source>Each new visitor first sees the kiosk in this language and can change it.</source>
        <translation>Each new visitor first sees the kiosk in this language and can change it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="236"/>
        <source>Back to the panel</source>
        <translation>Back to the panel</translation>
    </message>
</context>
<context>
    <name>OperatorLocked</name>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="178"/>
        <source>Time left: {time}</source>
        <translation>Time left: {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="182"/>
        <source>The volunteer panel is locked</source>
        <translation>The volunteer panel is locked</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="184"/>
        <source>Too many wrong PINs. You can try again when this time has passed.</source>
        <translation>Too many wrong PINs. You can try again when this time has passed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="189"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="169"/>
        <source>The PIN is set. Keep it among the volunteers.</source>
        <translation>The PIN is set. Keep it among the volunteers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="197"/>
        <source>The PIN has been changed.</source>
        <translation>The PIN has been changed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="74"/>
        <source>Sending started. The figures update in a moment.</source>
        <translation>Sending started. The figures update in a moment.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="80"/>
        <source>The queue is not open: nothing can be sent.</source>
        <translation>The queue is not open: nothing can be sent.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="92"/>
        <source>Today&apos;s figures could not be queued: is the queue open?</source>
        <translation>Today&apos;s figures could not be queued: is the queue open?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="99"/>
        <source>Today&apos;s figures are queued to be sent.</source>
        <translation>Today&apos;s figures are queued to be sent.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="192"/>
        <source>New visitors will start in {language}.</source>
        <translation>New visitors will start in {language}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="446"/>
        <source>The queue is unlocked. Choices can be saved again.</source>
        <translation>The queue is unlocked. Choices can be saved again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="45"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="48"/>
        <source>today at {time}</source>
        <translation>today at {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="146"/>
        <source>Visits in the last 7 days (darker: consents given)</source>
        <translation>Visits in the last 7 days (darker: consents given)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="160"/>
        <source>queue locked</source>
        <translation>queue locked</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="162"/>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="170"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="175"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="179"/>
        <source>Refused by the network</source>
        <translation>Refused by the network</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="185"/>
        <source>Discarded by a volunteer</source>
        <translation>Discarded by a volunteer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="191"/>
        <location filename="../kiosk/ui/operator/panel.py" line="218"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="195"/>
        <source>Oldest waiting for</source>
        <translation>Oldest waiting for</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="201"/>
        <source>Waiting longer than {days} days</source>
        <translation>Waiting longer than {days} days</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="207"/>
        <source>Last delivery</source>
        <translation>Last delivery</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="212"/>
        <source>the network&apos;s server does not answer</source>
        <translation>the network&apos;s server does not answer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="217"/>
        <source>Last problem</source>
        <translation>Last problem</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="223"/>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="228"/>
        <source>reachable</source>
        <translation>reachable</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="229"/>
        <source>not reachable</source>
        <translation>not reachable</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="230"/>
        <location filename="../kiosk/ui/operator/panel.py" line="266"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="233"/>
        <source>not used in demonstration mode</source>
        <translation>not used in demonstration mode</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="236"/>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="243"/>
        <source>Enrolments today at this stand</source>
        <translation>Enrolments today at this stand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="244"/>
        <source>{n} (consent given: {given}, refused: {refused})</source>
        <translation>{n} (consent given: {given}, refused: {refused})</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="250"/>
        <source>Today, demonstrations apart</source>
        <translation>Today, demonstrations apart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="251"/>
        <source>{demo} demo, {failed} not saved</source>
        <translation>{demo} demo, {failed} not saved</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="259"/>
        <source>starting</source>
        <translation>starting</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="260"/>
        <source>smart card service stopped</source>
        <translation>smart card service stopped</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="261"/>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="262"/>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="263"/>
        <source>a card is in the reader</source>
        <translation>a card is in the reader</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="264"/>
        <source>reading a card</source>
        <translation>reading a card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="269"/>
        <source>Volunteer panel</source>
        <translation>Volunteer panel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="271"/>
        <source>Demonstration mode: specimen cards, nothing is sent.</source>
        <translation>Demonstration mode: specimen cards, nothing is sent.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="273"/>
        <source>Only volunteers may use this panel. Close it before a visitor comes.</source>
        <translation>Only volunteers may use this panel. Close it before a visitor comes.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="281"/>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="282"/>
        <source>Send today&apos;s figures</source>
        <translation>Send today&apos;s figures</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="283"/>
        <source>Export to a USB stick</source>
        <translation>Export to a USB stick</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="284"/>
        <source>Read acknowledgement from USB</source>
        <translation>Read acknowledgement from USB</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="285"/>
        <source>Refused submissions: {n}</source>
        <translation>Refused submissions: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="286"/>
        <source>Stop demonstration mode</source>
        <translation>Stop demonstration mode</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="288"/>
        <source>Start demonstration mode</source>
        <translation>Start demonstration mode</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="289"/>
        <source>Language for new visitors</source>
        <translation>Language for new visitors</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="290"/>
        <source>Unlock the queue</source>
        <translation>Unlock the queue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="291"/>
        <source>Change the PIN</source>
        <translation>Change the PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="292"/>
        <source>Close the kiosk program</source>
        <translation>Close the kiosk program</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="302"/>
        <source>Close the panel</source>
        <translation>Close the panel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="31"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="33"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="35"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="38"/>
        <source>{d} d {h} h</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/week_chart.py" line="62"/>
        <source>{day}: {visits} visits, {given} consents given</source>
        <translation>{day}: {visits} visits, {given} consents given</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/week_chart.py" line="71"/>
        <source>Visits in the last 7 days</source>
        <translation>Visits in the last 7 days</translation>
    </message>
</context>
<context>
    <name>OperatorPassphrase</name>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="281"/>
        <source>Use at least {n} characters.</source>
        <translation>Use at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="290"/>
        <source>The two passphrases differ. Type them again.</source>
        <translation>The two passphrases differ. Type them again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="300"/>
        <source>Unlock the queue</source>
        <translation>Unlock the queue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="302"/>
        <source>Choose the queue passphrase and type it twice. Volunteers will need it each time the kiosk starts: keep it safe.</source>
        <translation>Choose the queue passphrase and type it twice. Volunteers will need it each time the kiosk starts: keep it safe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="308"/>
        <source>Type the queue passphrase chosen when this kiosk was set up. Until then, choices cannot be saved.</source>
        <translation>Type the queue passphrase chosen when this kiosk was set up. Until then, choices cannot be saved.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="314"/>
        <location filename="../kiosk/ui/operator/actions.py" line="315"/>
        <source>Queue passphrase</source>
        <translation>Queue passphrase</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="316"/>
        <location filename="../kiosk/ui/operator/actions.py" line="317"/>
        <source>The same passphrase again</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="318"/>
        <source>Back to the panel</source>
        <translation>Back to the panel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="319"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="433"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="455"/>
        <source>Wrong passphrase. Type it again.</source>
        <translation>Wrong passphrase. Type it again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="460"/>
        <source>The queue could not be unlocked ({code}).</source>
        <translation>The queue could not be unlocked ({code}).</translation>
    </message>
</context>
<context>
    <name>OperatorPin</name>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="201"/>
        <source>The PIN file of this kiosk is damaged: ask the technical support.</source>
        <translation>The PIN file of this kiosk is damaged: ask the technical support.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="124"/>
        <source>Wrong PIN. Tries left before a pause: {n}</source>
        <translation>Wrong PIN. Tries left before a pause: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="153"/>
        <source>The two PINs differ. Choose the new PIN again.</source>
        <translation>The two PINs differ. Choose the new PIN again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="189"/>
        <source>The current PIN was wrong. The PIN was not changed.</source>
        <translation>The current PIN was wrong. The PIN was not changed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="207"/>
        <source>Storage problem: the kiosk cannot save to its disk, so the PIN cannot be checked. Ask the technical support.</source>
        <translation>Storage problem: the kiosk cannot save to its disk, so the PIN cannot be checked. Ask the technical support.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="212"/>
        <source>The operator PIN of this kiosk is locked: ask the network&apos;s IT person to reset the operator PIN (kiosk provision).</source>
        <translation>The operator PIN of this kiosk is locked: ask the network&apos;s IT person to reset the operator PIN (kiosk provision).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="217"/>
        <source>Unlock the queue with its passphrase first, then change the PIN.</source>
        <translation>Unlock the queue with its passphrase first, then change the PIN.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="220"/>
        <source>This kiosk is not set up yet: the network&apos;s IT person sets the operator PIN (kiosk provision).</source>
        <translation>This kiosk is not set up yet: the network&apos;s IT person sets the operator PIN (kiosk provision).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="236"/>
        <source>A PIN has 6 to 12 digits.</source>
        <translation>A PIN has 6 to 12 digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="237"/>
        <source>This PIN is too easy to guess (repeated or consecutive digits). Choose another.</source>
        <translation>This PIN is too easy to guess (repeated or consecutive digits). Choose another.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="91"/>
        <source>Volunteer panel</source>
        <translation>Volunteer panel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="92"/>
        <source>Choose the volunteer PIN</source>
        <translation>Choose the volunteer PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="93"/>
        <location filename="../kiosk/ui/operator/pin_views.py" line="94"/>
        <source>Change the volunteer PIN</source>
        <translation>Change the volunteer PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="95"/>
        <source>Type the new PIN again</source>
        <translation>Type the new PIN again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="98"/>
        <source>Type the volunteer PIN.</source>
        <translation>Type the volunteer PIN.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="99"/>
        <source>No PIN has been chosen yet. Choose 6 to 12 digits that are hard to guess.</source>
        <translation>No PIN has been chosen yet. Choose 6 to 12 digits that are hard to guess.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="103"/>
        <source>First type the current PIN.</source>
        <translation>First type the current PIN.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="104"/>
        <source>Now type the new PIN: 6 to 12 digits, hard to guess.</source>
        <translation>Now type the new PIN: 6 to 12 digits, hard to guess.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="105"/>
        <source>Type the same PIN once more, to be sure.</source>
        <translation>Type the same PIN once more, to be sure.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="109"/>
        <source>PIN (the digits are hidden)</source>
        <translation>PIN (the digits are hidden)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="110"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="111"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>OperatorRejected</name>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="68"/>
        <source>There are no refused submissions.</source>
        <translation>There are no refused submissions.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="83"/>
        <source>Reference {reference}</source>
        <translation>Reference {reference}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="88"/>
        <source>Refused on {date}: {reason}</source>
        <translation>Refused on {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="96"/>
        <source>Demonstration</source>
        <translation>Demonstration</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="101"/>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="104"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="112"/>
        <source>Submissions refused by the network</source>
        <translation>Submissions refused by the network</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="114"/>
        <source>Send one again once the cause is fixed, or discard it. The visitor can be found by the reference on their receipt.</source>
        <translation>Send one again once the cause is fixed, or discard it. The visitor can be found by the reference on their receipt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="120"/>
        <source>Back to the panel</source>
        <translation>Back to the panel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="253"/>
        <source>That did not work ({code}).</source>
        <translation>That did not work ({code}).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="260"/>
        <source>Reference {reference} is queued again.</source>
        <translation>Reference {reference} is queued again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="266"/>
        <source>Reference {reference} was discarded.</source>
        <translation>Reference {reference} was discarded.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="89"/>
        <source>I understand, continue</source>
        <translation>I understand, continue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="95"/>
        <source>Before we read your card</source>
        <translation>Before we read your card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="96"/>
        <source>What we read from your card</source>
        <translation>What we read from your card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="152"/>
        <source>Your names and national number</source>
        <translation>Your names and national number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="164"/>
        <source>The number of your identity card</source>
        <translation>The number of your identity card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="168"/>
        <source>The card&apos;s electronic signatures, to check that it is genuine. They are not sent.</source>
        <translation>The card&apos;s electronic signatures, to check that it is genuine. They are not sent.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="173"/>
        <source>Your photo, only to show it on this screen. It is never stored or sent.</source>
        <translation>Your photo, only to show it on this screen. It is never stored or sent.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="101"/>
        <source>Not your photo.</source>
        <translation>Not your photo.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="155"/>
        <source>Your date of birth, only to check that you are 16 or older</source>
        <translation>Your date of birth, only to check that you are 16 or older</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="178"/>
        <source>The language you chose</source>
        <translation>The language you chose</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="179"/>
        <source>Your decision on the informed consent</source>
        <translation>Your decision on the informed consent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="182"/>
        <source>Your trusted persons: names, national number and card number</source>
        <translation>Your trusted persons: names, national number and card number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="185"/>
        <source>The care providers you exclude: NIHII number and name</source>
        <translation>The care providers you exclude: NIHII number and name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="188"/>
        <source>The number of your identity card, as proof that it was read</source>
        <translation>The number of your identity card, as proof that it was read</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="177"/>
        <source>We do not read your address.</source>
        <translation>We do not read your address.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="108"/>
        <source>What we send to the Brussels Health Network</source>
        <translation>What we send to the Brussels Health Network</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="113"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="115"/>
        <source>To register your choice with the Brussels Health Network (Abrumet), which is responsible for this data.</source>
        <translation>To register your choice with the Brussels Health Network (Abrumet), which is responsible for this data.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="120"/>
        <source>Your national number is used only for this registration.</source>
        <translation>Your national number is used only for this registration.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="121"/>
        <source>Nothing is used for anything else.</source>
        <translation>Nothing is used for anything else.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="125"/>
        <source>Afterwards</source>
        <translation>Afterwards</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="127"/>
        <source>Your choices are kept encrypted on this kiosk until they are sent, then deleted. Nothing stays on the screen when you leave.</source>
        <translation>Your choices are kept encrypted on this kiosk until they are sent, then deleted. Nothing stays on the screen when you leave.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="132"/>
        <source>Questions about your data: dpo@abrumet.be</source>
        <translation>Questions about your data: dpo@abrumet.be</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="133"/>
        <source>You may also complain to the Data Protection Authority.</source>
        <translation>You may also complain to the Data Protection Authority.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="159"/>
        <source>Whether your card mentions a white or yellow cane or a legal representative, only for this visit. It is never stored or sent.</source>
        <translation>Whether your card mentions a white or yellow cane or a legal representative, only for this visit. It is never stored or sent.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="191"/>
        <source>The date, the time, this stand and this kiosk</source>
        <translation>The date, the time, this stand and this kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="194"/>
        <source>Whether your card proved that it is genuine</source>
        <translation>Whether your card proved that it is genuine</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="199"/>
        <source>The card&apos;s electronic signatures, to check that it is genuine. They are sent too, so that the network can check your card itself.</source>
        <translation>The card&apos;s electronic signatures, to check that it is genuine. They are sent too, so that the network can check your card itself.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="205"/>
        <source>Your date of birth, to check that you are 16 or older. It is sent only inside the signed copy of your card&apos;s identity file.</source>
        <translation>Your date of birth, to check that you are 16 or older. It is sent only inside the signed copy of your card&apos;s identity file.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="212"/>
        <source>Whether your card mentions a white or yellow cane or a legal representative, only for this visit. It is sent only inside the signed copy of your card&apos;s identity file.</source>
        <translation>Whether your card mentions a white or yellow cane or a legal representative, only for this visit. It is sent only inside the signed copy of your card&apos;s identity file.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="222"/>
        <source>A signed copy of your card&apos;s identity file (it also holds your date and place of birth, gender, nationality, the card&apos;s dates and any mention of a white or yellow cane), its signatures and certificate, so that the network can check your card itself. Not your address, not your photo.</source>
        <translation>A signed copy of your card&apos;s identity file (it also holds your date and place of birth, gender, nationality, the card&apos;s dates and any mention of a white or yellow cane), its signatures and certificate, so that the network can check your card itself. Not your address, not your photo.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="113"/>
        <source>Ticked.</source>
        <translation>Ticked.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="114"/>
        <source>Not ticked.</source>
        <translation>Not ticked.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="339"/>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="342"/>
        <source>Reads the page aloud. Shortcut: F2.</source>
        <translation>Reads the page aloud. Shortcut: F2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="344"/>
        <source>Read my details aloud</source>
        <translation>Read my details aloud</translation>
    </message>
</context>
<context>
    <name>RefusalPage</name>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="75"/>
        <source>You do not agree to share your health data</source>
        <translation>You do not agree to share your health data</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="76"/>
        <source>That is your right.</source>
        <translation>That is your right.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="77"/>
        <source>Your care stays exactly the same.</source>
        <translation>Your care stays exactly the same.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="79"/>
        <source>Your care providers will go on treating you as before; they just cannot share your health data with each other electronically.</source>
        <translation>Your care providers will go on treating you as before; they just cannot share your health data with each other electronically.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="86"/>
        <source>If you change your mind, you can give your consent later, with your doctor or pharmacist, or on the network&apos;s website.</source>
        <translation>If you change your mind, you can give your consent later, with your doctor or pharmacist, or on the network&apos;s website.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="92"/>
        <source>Do you confirm that you do not agree?</source>
        <translation>Do you confirm that you do not agree?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="93"/>
        <source>No, go back</source>
        <translation>No, go back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="94"/>
        <source>Yes, I confirm</source>
        <translation>Yes, I confirm</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="98"/>
        <source>Returns to the question about sharing your health data.</source>
        <translation>Returns to the question about sharing your health data.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="101"/>
        <source>Records that you do not agree. You can check it before it is sent.</source>
        <translation>Records that you do not agree. You can check it before it is sent.</translation>
    </message>
</context>
<context>
    <name>RemovableRow</name>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="85"/>
        <source>Remove {name}?</source>
        <translation>Remove {name}?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="88"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="90"/>
        <source>Remove {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="92"/>
        <source>Yes, remove</source>
        <translation>Yes, remove</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="93"/>
        <source>No, keep</source>
        <translation>No, keep</translation>
    </message>
</context>
<context>
    <name>RepresentationPage</name>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="55"/>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="29"/>
        <source>A legal representative acts for the holder of this card</source>
        <translation>A legal representative acts for the holder of this card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="32"/>
        <source>This card says that a legal representative, such as an administrator, acts for its holder. That representative registers the consent for them: it cannot be done at this kiosk.</source>
        <translation>This card says that a legal representative, such as an administrator, acts for its holder. That representative registers the consent for them: it cannot be done at this kiosk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="38"/>
        <source>The representative can do it:</source>
        <translation>The representative can do it:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="40"/>
        <source>with the family doctor,</source>
        <translation>with the family doctor,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="41"/>
        <source>at the admissions desk of a hospital,</source>
        <translation>at the admissions desk of a hospital,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="42"/>
        <source>at the health insurance fund (mutuality),</source>
        <translation>at the health insurance fund (mutuality),</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="43"/>
        <source>or with the Brussels Health Network: its “third party registration” form, signed, with a copy of both identity cards.</source>
        <translation>or with the Brussels Health Network: its “third party registration” form, signed, with a copy of both identity cards.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="49"/>
        <source>Do you have a question? A volunteer at the stand will gladly help.</source>
        <translation>Do you have a question? A volunteer at the stand will gladly help.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="53"/>
        <source>Please take the card out of the reader.</source>
        <translation>Please take the card out of the reader.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="54"/>
        <source>Nothing from this card has been kept.</source>
        <translation>Nothing from this card has been kept.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="130"/>
        <source>Confirm and send</source>
        <translation>Confirm and send</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="136"/>
        <source>Please check your choices</source>
        <translation>Please check your choices</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="138"/>
        <source>This is what will be sent to the health network.</source>
        <translation>This is what will be sent to the health network.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="140"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="141"/>
        <source>Your choice</source>
        <translation>Your choice</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="142"/>
        <source>Trusted persons</source>
        <translation>Trusted persons</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="143"/>
        <source>Excluded care providers</source>
        <translation>Excluded care providers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="145"/>
        <source>When you confirm, your choices are encrypted and sent to the Brussels Health Network. If the network cannot be reached right now, this kiosk keeps them safely and sends them later.</source>
        <translation>When you confirm, your choices are encrypted and sent to the Brussels Health Network. If the network cannot be reached right now, this kiosk keeps them safely and sends them later.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="173"/>
        <source>National number: {number}</source>
        <translation>National number: {number}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="181"/>
        <source>You agree to share your health data.</source>
        <translation>You agree to share your health data.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="183"/>
        <source>You do not agree to share your health data.</source>
        <translation>You do not agree to share your health data.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="186"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="204"/>
        <source>Trusted persons: none</source>
        <translation>Trusted persons: none</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="205"/>
        <source>Trusted persons: {n}</source>
        <translation>Trusted persons: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="210"/>
        <source>Excluded care providers: none</source>
        <translation>Excluded care providers: none</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="211"/>
        <source>Excluded care providers: {n}</source>
        <translation>Excluded care providers: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="219"/>
        <source>{name}, national number {number}</source>
        <translation>{name}, national number {number}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="228"/>
        <source>NIHII {number}</source>
        <translation>NIHII {number}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="229"/>
        <source>{name}, NIHII {number}</source>
        <translation>{name}, NIHII {number}</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="78"/>
        <source>Choices cannot be saved: please ask a volunteer</source>
        <translation>Choices cannot be saved: please ask a volunteer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="81"/>
        <source>Network: checking</source>
        <translation>Network: checking</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="83"/>
        <source>Sending paused: please ask a volunteer</source>
        <translation>Sending paused: please ask a volunteer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="86"/>
        <source>Storage problem: please ask a volunteer</source>
        <translation>Storage problem: please ask a volunteer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="89"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="91"/>
        <source>Network: connected</source>
        <translation>Network: connected</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="93"/>
        <source>No network: choices are kept safely and sent later</source>
        <translation>No network: choices are kept safely and sent later</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="102"/>
        <source>Need a volunteer: {n}</source>
        <translation>Need a volunteer: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="105"/>
        <source>Waiting to be sent: {n}</source>
        <translation>Waiting to be sent: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="111"/>
        <source>Card reader: starting</source>
        <translation>Card reader: starting</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="112"/>
        <source>Card reader not working</source>
        <translation>Card reader not working</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="113"/>
        <source>No card reader connected</source>
        <translation>No card reader connected</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="114"/>
        <source>Card reader ready</source>
        <translation>Card reader ready</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="115"/>
        <source>Card in the reader</source>
        <translation>Card in the reader</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="116"/>
        <source>Reading the card</source>
        <translation>Reading the card</translation>
    </message>
</context>
<context>
    <name>StillTherePage</name>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="71"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="73"/>
        <source>For your privacy, the kiosk will erase what you entered and start again when the countdown reaches zero.</source>
        <translation>For your privacy, the kiosk will erase what you entered and start again when the countdown reaches zero.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="79"/>
        <source>I am still here</source>
        <translation>I am still here</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="100"/>
        <location filename="../kiosk/ui/read_aloud.py" line="265"/>
        <source>Seconds left: {n}</source>
        <translation>Seconds left: {n}</translation>
    </message>
</context>
<context>
    <name>SubmitErrorPage</name>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="47"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="53"/>
        <source>We could not save your choices just now</source>
        <translation>We could not save your choices just now</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="55"/>
        <source>Nothing is lost: your choices are still here.</source>
        <translation>Nothing is lost: your choices are still here.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="57"/>
        <source>Please try again.</source>
        <translation>Please try again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="59"/>
        <source>If it still does not work, please ask a volunteer for help.</source>
        <translation>If it still does not work, please ask a volunteer for help.</translation>
    </message>
</context>
<context>
    <name>SwapPage</name>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="209"/>
        <source>Take your card out of the reader</source>
        <translation>Take your card out of the reader</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="210"/>
        <source>Then we will read your trusted person&apos;s card. Your answers so far are kept.</source>
        <translation>Then we will read your trusted person&apos;s card. Your answers so far are kept.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="217"/>
        <source>Put your trusted person&apos;s card in the reader</source>
        <translation>Put your trusted person&apos;s card in the reader</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="218"/>
        <source>Chip first, and leave it in until we say so.</source>
        <translation>Chip first, and leave it in until we say so.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="222"/>
        <source>Reading the card…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="223"/>
        <source>This takes a few seconds. Please leave the card in.</source>
        <translation>This takes a few seconds. Please leave the card in.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="227"/>
        <source>Is this your trusted person?</source>
        <translation>Is this your trusted person?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="228"/>
        <source>If it is, tick the box and tap “Yes, add this person”.</source>
        <translation>If it is, tick the box and tap “Yes, add this person”.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="234"/>
        <source>Take their card out of the reader</source>
        <translation>Take their card out of the reader</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="235"/>
        <source>Give it back to them. Then we need your own card again.</source>
        <translation>Give it back to them. Then we need your own card again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="238"/>
        <source>Put your own card back in the reader</source>
        <translation>Put your own card back in the reader</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="239"/>
        <source>We check that it is you, so that your answers stay safe.</source>
        <translation>We check that it is you, so that your answers stay safe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="247"/>
        <source>This is your own card</source>
        <translation>This is your own card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="248"/>
        <source>Take your card out and put in your trusted person&apos;s card.</source>
        <translation>Take your card out and put in your trusted person&apos;s card.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="252"/>
        <source>This person is already on your list</source>
        <translation>This person is already on your list</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="253"/>
        <source>Take this card out. You can put in another person&apos;s card, or stop adding.</source>
        <translation>Take this card out. You can put in another person&apos;s card, or stop adding.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="259"/>
        <source>This is not the card you started with</source>
        <translation>This is not the card you started with</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="260"/>
        <source>This card has expired</source>
        <translation>This card has expired</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="261"/>
        <source>The card came out too soon</source>
        <translation>The card came out too soon</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="262"/>
        <source>This is not a Belgian eID card</source>
        <translation>This is not a Belgian eID card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="264"/>
        <source>The card could not be used</source>
        <translation>The card could not be used</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="354"/>
        <source>Yes, add this person</source>
        <translation>Yes, add this person</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="358"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="377"/>
        <source>Step {number} of {total}</source>
        <translation>Step {number} of {total}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="386"/>
        <source>I confirm that this person has registered their own informed consent.</source>
        <translation>I confirm that this person has registered their own informed consent.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="393"/>
        <source>Not registered yet? They can register at this kiosk too. You can add them afterwards.</source>
        <translation>Not registered yet? They can register at this kiosk too. You can add them afterwards.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="400"/>
        <source>No, do not add this person</source>
        <translation>No, do not add this person</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="402"/>
        <source>Stop adding a trusted person</source>
        <translation>Stop adding a trusted person</translation>
    </message>
</context>
<context>
    <name>TrustedPage</name>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="43"/>
        <source>Please type their surname.</source>
        <translation>Please type their surname.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="50"/>
        <source>{first_names} {surname}</source>
        <extracomment>How a person&apos;s full name is written. Keep both placeholders.</extracomment>
        <translation>{first_names} {surname}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="217"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="218"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="224"/>
        <source>A trusted person (optional)</source>
        <translation>A trusted person (optional)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="226"/>
        <source>A trusted person helps you manage your shared health record, for example a relative or a friend. You stay the one who decides. Your trusted person must have registered their own informed consent too.</source>
        <translation>A trusted person helps you manage your shared health record, for example a relative or a friend. You stay the one who decides. Your trusted person must have registered their own informed consent too.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="233"/>
        <source>Your trusted persons</source>
        <translation>Your trusted persons</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="234"/>
        <source>You have not named anyone yet.</source>
        <translation>You have not named anyone yet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="235"/>
        <source>Add a trusted person</source>
        <translation>Add a trusted person</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="236"/>
        <source>Read their eID card</source>
        <translation>Read their eID card</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="237"/>
        <source>Their card must be here with you.</source>
        <translation>Their card must be here with you.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="238"/>
        <source>Type their details</source>
        <translation>Type their details</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="240"/>
        <source>You need their national number and their card number.</source>
        <translation>You need their national number and their card number.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="243"/>
        <source>You cannot add more trusted persons here. You can add more on the website of the Brussels Health Network.</source>
        <translation>You cannot add more trusted persons here. You can add more on the website of the Brussels Health Network.</translation>
    </message>
</context>
<context>
    <name>TrustedTypedPage</name>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="87"/>
        <source>{n} of 11 digits typed.</source>
        <translation>{n} of 11 digits typed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="88"/>
        <source>{n} of 12 digits typed.</source>
        <translation>{n} of 12 digits typed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="94"/>
        <source>Digits only, please.</source>
        <translation>Digits only, please.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="95"/>
        <source>Too many digits.</source>
        <translation>Too many digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="96"/>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="99"/>
        <source>Not right: please check the digits.</source>
        <translation>Not right: please check the digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="102"/>
        <source>12 digits, or B and 9 digits.</source>
        <translation>12 digits, or B and 9 digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="103"/>
        <source>This is your own number.</source>
        <translation>This is your own number.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="104"/>
        <source>Already on your list.</source>
        <translation>Already on your list.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="105"/>
        <source>Please type their surname.</source>
        <translation>Please type their surname.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="314"/>
        <source>Add this person</source>
        <translation>Add this person</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="324"/>
        <source>Please fill in the national number, the card number and the surname.</source>
        <translation>Please fill in the national number, the card number and the surname.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="348"/>
        <source>Type your trusted person&apos;s details</source>
        <translation>Type your trusted person&apos;s details</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="350"/>
        <source>National number</source>
        <translation>National number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="351"/>
        <source>Card number of their eID</source>
        <translation>Card number of their eID</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="352"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="353"/>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="359"/>
        <source>I confirm that this person has registered their own informed consent.</source>
        <translation>I confirm that this person has registered their own informed consent.</translation>
    </message>
</context>
<context>
    <name>Under16Page</name>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="41"/>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="25"/>
        <source>This card belongs to a child under 16</source>
        <translation>This card belongs to a child under 16</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="26"/>
        <source>Children under 16 do not register themselves. Their parent or legal representative does it for them.</source>
        <translation>Children under 16 do not register themselves. Their parent or legal representative does it for them.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="31"/>
        <source>The parent or representative can do it:</source>
        <translation>The parent or representative can do it:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="33"/>
        <source>with the family doctor,</source>
        <translation>with the family doctor,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="34"/>
        <source>at the admissions desk of a hospital,</source>
        <translation>at the admissions desk of a hospital,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="35"/>
        <source>at the health insurance fund (mutuality),</source>
        <translation>at the health insurance fund (mutuality),</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="36"/>
        <source>or on the website of the Brussels Health Network.</source>
        <translation>or on the website of the Brussels Health Network.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="38"/>
        <source>From the age of 16, you can register yourself.</source>
        <translation>From the age of 16, you can register yourself.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="39"/>
        <source>Please take the card out of the reader.</source>
        <translation>Please take the card out of the reader.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="40"/>
        <source>Nothing from this card has been kept.</source>
        <translation>Nothing from this card has been kept.</translation>
    </message>
</context>
</TS>

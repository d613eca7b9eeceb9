<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en_GB">
<context>
    <name>AccentPopup</name>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="59"/>
        <source>{letter} with acute accent</source>
        <translation>{letter} met accent aigu</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="60"/>
        <source>{letter} with grave accent</source>
        <translation>{letter} met accent grave</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="61"/>
        <source>{letter} with circumflex</source>
        <translation>{letter} met accent circonflexe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="62"/>
        <source>{letter} with two dots</source>
        <translation>{letter} met trema</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="63"/>
        <source>{letter} with cedilla</source>
        <translation>{letter} met cedille</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="64"/>
        <source>{letter} with tilde</source>
        <translation>{letter} met tilde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="65"/>
        <source>{letter} with ring</source>
        <translation>{letter} met rondje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="66"/>
        <source>{letter} with caron</source>
        <translation>{letter} met hatsjek</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="67"/>
        <source>{letter} with breve</source>
        <translation>{letter} met boogje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="68"/>
        <source>{letter} with dot above</source>
        <translation>{letter} met punt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="69"/>
        <source>{letter} with stroke</source>
        <translation>{letter} met schuine streep</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="77"/>
        <source>sharp s (ß)</source>
        <translation>scherpe s (ß)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="138"/>
        <source>Accented letters</source>
        <translation>Letters met accent</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="141"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="160"/>
        <source>Reading your card</source>
        <translation>Uw kaart wordt gelezen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="161"/>
        <source>Please leave your card in the reader.</source>
        <translation>Laat uw kaart in de kaartlezer zitten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="162"/>
        <source>This takes a few seconds.</source>
        <translation>Dit duurt enkele seconden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="164"/>
        <source>There is a problem with the card</source>
        <translation>Er is een probleem met de kaart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="167"/>
        <source>If it still does not work, please ask a volunteer.</source>
        <translation>Lukt het nog steeds niet? Vraag dan hulp aan een vrijwilliger.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="170"/>
        <source>Please take the card out of the reader</source>
        <translation>Neem de kaart uit de kaartlezer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="172"/>
        <source>A card is still in the reader. Take it out first.</source>
        <translation>Er zit nog een kaart in de kaartlezer. Neem die er eerst uit.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="174"/>
        <source>Then put your own identity card in.</source>
        <translation>Steek daarna uw eigen identiteitskaart erin.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="176"/>
        <source>Put your identity card in the reader</source>
        <translation>Steek uw identiteitskaart in de kaartlezer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="178"/>
        <source>Chip first, facing up, as in the picture.</source>
        <translation>Met de chip eerst en naar boven, zoals op de afbeelding.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="181"/>
        <source>Leave it in the reader until you are told to take it out.</source>
        <translation>Laat de kaart zitten tot we u vragen ze eruit te nemen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="201"/>
        <source>The card reader is ready.</source>
        <translation>De kaartlezer is klaar.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="106"/>
        <source>Sharing your health data</source>
        <translation>Uw gezondheidsgegevens delen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="108"/>
        <source>With your informed consent, the care providers who treat you can share your health data with each other, safely and electronically, for your care only.</source>
        <translation>Met uw geïnformeerde toestemming mogen de zorgverleners die u behandelen uw gezondheidsgegevens onderling delen, veilig en elektronisch, en alleen voor uw zorg.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="115"/>
        <source>What is it?</source>
        <translation>Wat is het?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="116"/>
        <source>Who can see your data?</source>
        <translation>Wie ziet uw gegevens?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="117"/>
        <source>You stay in control</source>
        <translation>U beslist zelf</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="121"/>
        <source>It is free and voluntary.</source>
        <translation>Ze is gratis en vrijwillig.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="122"/>
        <source>It is valid throughout Belgium, in every health network.</source>
        <translation>Ze geldt in heel België, in elk gezondheidsnetwerk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="127"/>
        <source>Only care providers who are treating you, within strict access rules.</source>
        <translation>Alleen zorgverleners die u behandelen, binnen strikte toegangsregels.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="131"/>
        <source>Never insurers, occupational doctors or health insurance fund doctors.</source>
        <translation>Nooit verzekeraars, arbeidsartsen of adviserend artsen van ziekenfondsen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="137"/>
        <source>You can withdraw your consent at any time.</source>
        <translation>U kunt uw toestemming op elk moment intrekken.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="138"/>
        <source>You can see who consulted your record and exclude a care provider.</source>
        <translation>U kunt zien wie uw dossier heeft ingekeken, en een zorgverlener uitsluiten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="142"/>
        <source>You can name a trusted person to help you.</source>
        <translation>U kunt een vertrouwenspersoon aanduiden die u helpt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="151"/>
        <source>If you do not agree, your care stays exactly the same.</source>
        <translation>Als u niet akkoord gaat, blijft uw zorg precies dezelfde.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="153"/>
        <source>Do you agree to share your health data?</source>
        <translation>Gaat u akkoord met het delen van uw gezondheidsgegevens?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="154"/>
        <source>I agree to share</source>
        <translation>Ik ga akkoord</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="155"/>
        <source>I do not agree</source>
        <translation>Ik ga niet akkoord</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="159"/>
        <source>Gives your informed consent. Next you can name a trusted person.</source>
        <translation>Geeft uw geïnformeerde toestemming. Daarna kunt u een vertrouwenspersoon aanduiden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="164"/>
        <source>You will be asked to confirm. Your care stays the same.</source>
        <translation>U wordt gevraagd dit te bevestigen. Uw zorg blijft dezelfde.</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="82"/>
        <source>Demo cards (fictitious people)</source>
        <translation>Demokaarten (fictieve personen)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="84"/>
        <source>Citizen, Dutch card</source>
        <translation>Burger, Nederlandstalige kaart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="85"/>
        <source>Citizen, French card</source>
        <translation>Burger, Franstalige kaart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="86"/>
        <source>Citizen, German card</source>
        <translation>Burger, Duitstalige kaart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="87"/>
        <source>Foreign resident</source>
        <translation>Buitenlandse inwoner</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="88"/>
        <source>Citizen, new card (2020)</source>
        <translation>Burger, nieuwe kaart (2020)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="89"/>
        <source>Child of 10 (Kids-ID)</source>
        <translation>Kind van 10 (Kids-ID)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="90"/>
        <source>White cane (blind)</source>
        <translation>Witte stok (blind)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="91"/>
        <source>Yellow cane (partially sighted)</source>
        <translation>Gele stok (slechtziend)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="92"/>
        <source>Has a legal representative</source>
        <translation>Heeft een wettelijke vertegenwoordiger</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="93"/>
        <source>Expired card</source>
        <translation>Vervallen kaart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="94"/>
        <source>Forged or damaged card</source>
        <translation>Vervalste of beschadigde kaart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="95"/>
        <source>Not an eID card</source>
        <translation>Geen eID-kaart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="96"/>
        <source>Take the card out</source>
        <translation>Kaart uitnemen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="98"/>
        <source>Unplug the reader</source>
        <translation>Kaartlezer loskoppelen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="100"/>
        <source>Plug the reader in</source>
        <translation>Kaartlezer aansluiten</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="150"/>
        <source>Finish</source>
        <extracomment>The Brussels Health Network&apos;s portal per kiosk language, when the stand configures none. BHN publishes FR/NL/EN only (consent-domain.md §5): German visitors get the English site. The QR code&apos;s side in pixels: about 7 px modules for a portal link, easy for any phone at arm&apos;s length, and small enough to leave the reference the main place on the receipt.</extracomment>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="157"/>
        <source>Thank you!</source>
        <translation>Bedankt!</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="159"/>
        <source>Your answer is noted. Nothing about you was stored or sent: your data was not registered.</source>
        <translation>Uw antwoord is genoteerd. Er werd niets over u bewaard of verstuurd: uw gegevens werden niet geregistreerd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="164"/>
        <source>Scan to open the network&apos;s website.</source>
        <translation>Scan om de website van het netwerk te openen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="168"/>
        <source>This was a demonstration: nothing was sent to the Brussels Health Network.</source>
        <translation>Dit was een demonstratie: er werd niets naar het Brussels Gezondheidsnetwerk gestuurd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="173"/>
        <source>Your choice has been saved. This kiosk sends it securely to the Brussels Health Network.</source>
        <translation>Uw keuze is opgeslagen. Deze kiosk stuurt ze veilig naar het Brussels Gezondheidsnetwerk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="184"/>
        <source>Your reference</source>
        <translation>Uw referentie</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="186"/>
        <source>Write it down, or scan the code with your phone to keep it.</source>
        <translation>Schrijf ze op, of scan de code met uw telefoon om ze te bewaren.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="188"/>
        <source>Please take your eID card with you.</source>
        <translation>Neem uw eID-kaart mee.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="179"/>
        <source>Scan to open the network&apos;s website. Your reference is included.</source>
        <translation>Scan om de website van het netwerk te openen. Uw referentie staat erin.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="189"/>
        <source>QR code</source>
        <translation>QR-code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="191"/>
        <source>Opens the network&apos;s website, with your reference.</source>
        <translation>Opent de website van het netwerk, met uw referentie.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="226"/>
        <source>Your reference: {reference}</source>
        <translation>Uw referentie: {reference}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="241"/>
        <source>This screen closes by itself in {n} second(s).</source>
        <translation>Dit scherm sluit vanzelf. Resterende seconden: {n}</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="146"/>
        <source>Something went wrong.</source>
        <translation>Er is iets misgelopen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="147"/>
        <source>Please ask a volunteer for help.</source>
        <translation>Vraag hulp aan een vrijwilliger.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="149"/>
        <source>Error code: {code}</source>
        <translation>Foutcode: {code}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="151"/>
        <source>Time: {time}</source>
        <translation>Tijdstip: {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="152"/>
        <source>This kiosk is waiting for a volunteer.</source>
        <translation>Deze kiosk wacht op een vrijwilliger.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="153"/>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
</context>
<context>
    <name>ExclusionsPage</name>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="67"/>
        <source>Seems wrong: compare it with the printed number.</source>
        <translation>Lijkt niet juist: vergelijk met het gedrukte nummer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="70"/>
        <source>Not right: please check the digits.</source>
        <translation>Klopt niet: controleer de cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="71"/>
        <source>Already on your list.</source>
        <translation>Staat al op uw lijst.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="85"/>
        <source>Digits only, please.</source>
        <translation>Alleen cijfers, alstublieft.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="88"/>
        <source>{n} of 11 digits typed.</source>
        <translation>{n} van de 11 cijfers getypt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="91"/>
        <source>Too many digits.</source>
        <translation>Te veel cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="238"/>
        <source>Add to the list</source>
        <translation>Toevoegen aan de lijst</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="242"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="243"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="252"/>
        <source>Please type the 11 digits of the NIHII number.</source>
        <translation>Typ de 11 cijfers van het RIZIV-nummer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="266"/>
        <source>Exclude a care provider (optional)</source>
        <translation>Een zorgverlener uitsluiten (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="268"/>
        <source>You can exclude a particular care provider, for example a doctor or a pharmacist: they will then not be able to see your shared health record. You need their NIHII number (RIZIV/INAMI number). It is printed on their prescriptions.</source>
        <translation>U kunt een bepaalde zorgverlener uitsluiten, bijvoorbeeld een arts of een apotheker: die kan uw gedeeld gezondheidsdossier dan niet inkijken. U hebt zijn of haar RIZIV-nummer (INAMI-nummer) nodig. Dat staat op de voorschriften.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="276"/>
        <source>Care providers you exclude</source>
        <translation>Zorgverleners die u uitsluit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="277"/>
        <source>You have not excluded anyone.</source>
        <translation>U hebt niemand uitgesloten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="278"/>
        <source>Add a care provider</source>
        <translation>Zorgverlener toevoegen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="280"/>
        <source>You cannot add more care providers here.</source>
        <translation>U kunt hier geen zorgverleners meer toevoegen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="283"/>
        <source>Which care provider do you want to exclude?</source>
        <translation>Welke zorgverlener wilt u uitsluiten?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="286"/>
        <source>Type their NIHII number: 11 digits, as printed on their prescriptions.</source>
        <translation>Typ het RIZIV-nummer: 11 cijfers, zoals gedrukt op de voorschriften.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="292"/>
        <source>It is also on their invoices and on the certificate of care given (attestation de soins donnés, getuigschrift voor verstrekte hulp). The care provider can tell you too.</source>
        <translation>Het staat ook op de facturen en op het getuigschrift voor verstrekte hulp (attestation de soins donnés). De zorgverlener kan het u ook zeggen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="299"/>
        <source>NIHII number</source>
        <translation>RIZIV-nummer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="300"/>
        <source>Their name (optional)</source>
        <translation>Naam (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="304"/>
        <source>I have checked: the number is exactly as printed.</source>
        <translation>Ik heb het gecontroleerd: het nummer is precies zoals gedrukt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="237"/>
        <source>Cancel: do not add a care provider</source>
        <translation>Annuleren: geen zorgverlener toevoegen</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="129"/>
        <source>Is this you?</source>
        <translation>Bent u dit?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="130"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="131"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="132"/>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="134"/>
        <source>For your privacy, only the last two digits of your national number are shown.</source>
        <translation>Voor uw privacy tonen we alleen de laatste twee cijfers van uw rijksregisternummer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="142"/>
        <source>Your name and date of birth, read from your card, are on the screen. To hear them, choose “Read my details aloud” at the bottom of the screen.</source>
        <translation>Uw naam en geboortedatum, gelezen van uw kaart, staan op het scherm. Wilt u ze horen, kies dan onderaan het scherm “Mijn gegevens voorlezen”.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="148"/>
        <source>Yes, this is me</source>
        <translation>Ja, dat ben ik</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="149"/>
        <source>No, this is not me</source>
        <translation>Nee, dat ben ik niet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="153"/>
        <source>Stops here and erases what was read from the card.</source>
        <translation>Stopt hier en wist wat van de kaart werd gelezen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="155"/>
        <source>Photo from the identity card</source>
        <translation>Foto van de identiteitskaart</translation>
    </message>
</context>
<context>
    <name>LookToggle</name>
    <message>
        <location filename="../kiosk/ui/look_toggle.py" line="77"/>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/look_toggle.py" line="80"/>
        <source>Larger text and high contrast. Shortcut: F3.</source>
        <translation>Grotere tekst en sterk contrast. Sneltoets: F3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="511"/>
        <source>Health data sharing: consent kiosk</source>
        <translation>Gezondheidsgegevens delen: toestemmingskiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="512"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="513"/>
        <source>Demonstration mode</source>
        <translation>Demonstratiemodus</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="514"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="515"/>
        <location filename="../kiosk/ui/selftest_checks.py" line="119"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="433"/>
        <location filename="../kiosk/ui/main_window.py" line="519"/>
        <source>Go to the previous step.</source>
        <translation>Naar de vorige stap.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="522"/>
        <source>Stop and erase everything you entered.</source>
        <translation>Stoppen en alles wissen wat u hebt ingevoerd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="525"/>
        <source>Do you want to stop? Everything you entered will be erased.</source>
        <translation>Wilt u stoppen? Alles wat u hebt ingevoerd, wordt gewist.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="527"/>
        <source>Yes, stop</source>
        <translation>Ja, stoppen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="528"/>
        <source>No, continue</source>
        <translation>Nee, doorgaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="532"/>
        <source>Demo cards</source>
        <translation>Demokaarten</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../kiosk/ui/messages.py" line="117"/>
        <source>Something went wrong on this kiosk. Please ask a volunteer.</source>
        <extracomment>The card layer&apos;s codes, plus the one the monitor gives an unexpected failure. Every code an :class:`~kiosk.outbox.records.OutboxError` can carry (the outbox has no list of its own; a test reads them from its source so a new one cannot be missed here). The error-step codes of the flow (``EnrolmentFlow.error_code``), besides the card layer&apos;s.</extracomment>
        <translation>Er is iets misgelopen in deze kiosk. Vraag hulp aan een vrijwilliger.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="121"/>
        <source>Your choices could not be saved on this kiosk. Nothing was sent. Please ask a volunteer.</source>
        <translation>Uw keuzes konden niet worden opgeslagen in deze kiosk. Er is niets verstuurd. Vraag hulp aan een vrijwilliger.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="128"/>
        <source>The card could not be read. Take it out and put it in again, chip first and facing up.</source>
        <translation>De kaart kon niet worden gelezen. Neem ze eruit en steek ze er opnieuw in, met de chip eerst en naar boven.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="135"/>
        <source>This card could not be checked, so its information cannot be used here. Please ask a volunteer.</source>
        <translation>Deze kaart kon niet worden gecontroleerd, dus de gegevens erop kunnen hier niet worden gebruikt. Vraag hulp aan een vrijwilliger.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="143"/>
        <source>The information on this card cannot be used here. Please ask a volunteer.</source>
        <translation>De gegevens op deze kaart kunnen hier niet worden gebruikt. Vraag hulp aan een vrijwilliger.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="151"/>
        <source>This is not possible at this step.</source>
        <translation>Dat kan niet bij deze stap.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="152"/>
        <source>You cannot go back from here.</source>
        <translation>U kunt hier niet terug.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="153"/>
        <source>This language is not available.</source>
        <translation>Deze taal is niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="154"/>
        <source>Please confirm that this person has registered their own consent.</source>
        <translation>Bevestig dat deze persoon zelf toestemming heeft gegeven.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="157"/>
        <source>You cannot be your own trusted person. Please choose someone else.</source>
        <translation>U kunt niet uw eigen vertrouwenspersoon zijn. Kies iemand anders.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="160"/>
        <source>This person is already on your list.</source>
        <translation>Deze persoon staat al op uw lijst.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="163"/>
        <source>You cannot add more trusted persons here. You can add more on the website of the Brussels Health Network.</source>
        <translation>U kunt hier geen vertrouwenspersonen meer toevoegen. Dat kan wel op de website van het Brussels Gezondheidsnetwerk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="168"/>
        <source>This person is no longer on your list.</source>
        <translation>Deze persoon staat niet meer op uw lijst.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="171"/>
        <source>This care provider is already on your list.</source>
        <translation>Deze zorgverlener staat al op uw lijst.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="174"/>
        <source>You cannot add more care providers here. You can add more on the website of the Brussels Health Network.</source>
        <translation>U kunt hier geen zorgverleners meer toevoegen. Dat kan wel op de website van het Brussels Gezondheidsnetwerk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="179"/>
        <source>This care provider is no longer on your list.</source>
        <translation>Deze zorgverlener staat niet meer op uw lijst.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="183"/>
        <source>This identity card has expired. Please use a valid card, or ask a volunteer.</source>
        <translation>Deze identiteitskaart is vervallen. Gebruik een geldige kaart, of vraag hulp aan een vrijwilliger.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="187"/>
        <source>Your card does not show your full date of birth, so your age cannot be checked here. Please ask a volunteer.</source>
        <translation>Op uw kaart staat niet uw volledige geboortedatum, dus we kunnen uw leeftijd hier niet controleren. Vraag hulp aan een vrijwilliger.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="192"/>
        <source>Reading the card took too long. Take it out and put it in again, chip first and facing up.</source>
        <translation>Het lezen van de kaart duurde te lang. Neem ze eruit en steek ze er opnieuw in, met de chip eerst en naar boven.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="197"/>
        <source>This is not the card you used at the start. Please put your own identity card back in the reader.</source>
        <translation>Dit is niet de kaart die u in het begin gebruikte. Steek uw eigen identiteitskaart opnieuw in de kaartlezer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="202"/>
        <source>Your choices could not be saved. Nothing was sent. Please try again, or ask a volunteer.</source>
        <translation>Uw keuzes konden niet worden opgeslagen. Er is niets verstuurd. Probeer het opnieuw, of vraag hulp aan een vrijwilliger.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="207"/>
        <source>This card number is not correct. Please check the digits.</source>
        <translation>Dit kaartnummer klopt niet. Controleer de cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="210"/>
        <source>This card number is not valid. It has 12 digits, or the letter B and 9 digits.</source>
        <translation>Dit kaartnummer is niet geldig. Het heeft 12 cijfers, of de letter B en 9 cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="214"/>
        <source>This national number is not valid. It has 11 digits. Please check it.</source>
        <translation>Dit rijksregisternummer is niet geldig. Het heeft 11 cijfers. Controleer het.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="218"/>
        <source>Please write the name as it is on the identity card.</source>
        <translation>Schrijf de naam zoals op de identiteitskaart.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="221"/>
        <source>This care provider number is not valid. It has 11 digits.</source>
        <translation>Dit RIZIV-nummer is niet geldig. Het heeft 11 cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="224"/>
        <source>This care provider number does not look right. Please check it.</source>
        <translation>Dit RIZIV-nummer lijkt niet te kloppen. Controleer het.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="227"/>
        <source>If you do not agree, no trusted person or care provider can be recorded.</source>
        <translation>Als u niet akkoord gaat, kunnen we geen vertrouwenspersoon of zorgverlener registreren.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="231"/>
        <source>Children under 16 are registered by a parent or a legal representative.</source>
        <translation>Kinderen jonger dan 16 worden ingeschreven door een ouder of een wettelijke vertegenwoordiger.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="253"/>
        <source>The card reader is not working. Please ask a volunteer.</source>
        <translation>De kaartlezer werkt niet. Vraag hulp aan een vrijwilliger.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="256"/>
        <source>No card reader is connected. Please ask a volunteer.</source>
        <translation>Er is geen kaartlezer aangesloten. Vraag hulp aan een vrijwilliger.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="259"/>
        <source>There is no card in the reader. Put your identity card in, chip first and facing up.</source>
        <translation>Er zit geen kaart in de kaartlezer. Steek uw identiteitskaart erin, met de chip eerst en naar boven.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="263"/>
        <source>This card is not a Belgian identity card (eID). Please use your Belgian eID card.</source>
        <translation>Deze kaart is geen Belgische identiteitskaart (eID). Gebruik uw Belgische eID-kaart.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="267"/>
        <source>The card was taken out too soon. Put it in again and leave it in until you are told to take it out.</source>
        <translation>De kaart werd te vroeg uitgenomen. Steek ze er opnieuw in en laat ze zitten tot we u vragen ze eruit te nemen.</translation>
    </message>
</context>
<context>
    <name>NotProvisioned</name>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="91"/>
        <source>This kiosk is not set up yet.</source>
        <translation>Deze kiosk is nog niet ingesteld.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="93"/>
        <source>It cannot register anyone for now. Please come back later or ask a volunteer.</source>
        <translation>U kunt zich hier nog niet inschrijven. Kom later terug of vraag het aan een vrijwilliger.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="100"/>
        <source>For the IT person: set it up with this command:</source>
        <extracomment>Addressed to the network&apos;s IT person; the command itself is shown below it.</extracomment>
        <translation>Voor de IT-verantwoordelijke: stel de kiosk in met deze opdracht:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="103"/>
        <source>Missing: {items}</source>
        <translation>Ontbreekt: {items}</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="214"/>
        <source>Hold down for more accented letters</source>
        <translation>Houd de toets ingedrukt voor meer letters met accent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="198"/>
        <source>Capital letters</source>
        <translation>Hoofdletters</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="199"/>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="200"/>
        <source>Numbers</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="201"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="203"/>
        <source>Erase the last character</source>
        <translation>Laatste teken wissen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="204"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="416"/>
        <source>Apostrophe</source>
        <translation>Apostrof</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="418"/>
        <source>Hyphen</source>
        <translation>Koppelteken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="420"/>
        <source>Full stop</source>
        <translation>Punt</translation>
    </message>
</context>
<context>
    <name>OperatorAck</name>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="349"/>
        <source>Reading the stick…</source>
        <translation>De stick wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="364"/>
        <source>{n} submission(s) confirmed. {bad} file(s) refused ({codes}): they changed nothing. Ask the technical support.</source>
        <translation>Bevestigde inzendingen: {n}. Geweigerde bestanden ({codes}): {bad}; ze hebben niets veranderd. Neem contact op met de technische ondersteuning.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="373"/>
        <source>{n} submission(s) confirmed by the network and erased from this kiosk. You can take the stick out.</source>
        <translation>Door het netwerk bevestigd en van deze kiosk gewist: {n} inzendingen. U kunt de stick uitnemen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="381"/>
        <source>This acknowledgement was already read: nothing to change.</source>
        <translation>Deze ontvangstbevestiging werd al gelezen: er verandert niets.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="387"/>
        <source>The acknowledgement on {drive} is for another kiosk.</source>
        <translation>De ontvangstbevestiging op {drive} is voor een andere kiosk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="393"/>
        <source>No acknowledgement file on {drive}.</source>
        <translation>Geen ontvangstbevestiging op {drive}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="405"/>
        <source>This kiosk has no network key to check acknowledgements. Ask the technical support.</source>
        <translation>Deze kiosk heeft geen netwerksleutel om ontvangstbevestigingen te controleren. Neem contact op met de technische ondersteuning.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="414"/>
        <source>Reading the acknowledgement did not work ({code}).</source>
        <translation>Het lezen van de ontvangstbevestiging is mislukt ({code}).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="209"/>
        <source>Read acknowledgement from USB</source>
        <translation>Ontvangstbevestiging van USB lezen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="211"/>
        <source>Choose the USB stick with the network&apos;s acknowledgement. The submissions it confirms are erased from this kiosk; the others stay queued.</source>
        <translation>Kies de USB-stick met de ontvangstbevestiging van het netwerk. De inzendingen die ze bevestigt, worden van deze kiosk gewist; de andere blijven wachten.</translation>
    </message>
</context>
<context>
    <name>OperatorConfirm</name>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="129"/>
        <source>Start demonstration mode?</source>
        <translation>Demonstratiemodus starten?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="130"/>
        <source>The kiosk will use specimen cards only. Nothing is saved or sent until demonstration mode is stopped.</source>
        <translation>De kiosk gebruikt dan alleen specimenkaarten. Er wordt niets opgeslagen of verstuurd tot de demonstratiemodus wordt gestopt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="135"/>
        <source>Yes, start it</source>
        <translation>Ja, starten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="136"/>
        <location filename="../kiosk/ui/operator/action_flows.py" line="146"/>
        <location filename="../kiosk/ui/operator/action_flows.py" line="166"/>
        <location filename="../kiosk/ui/operator/action_flows.py" line="223"/>
        <location filename="../kiosk/ui/operator/action_flows.py" line="234"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="140"/>
        <source>Stop demonstration mode?</source>
        <translation>Demonstratiemodus stoppen?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="141"/>
        <source>The kiosk will read real eID cards and save real choices again.</source>
        <translation>De kiosk leest dan weer echte eID-kaarten en slaat weer echte keuzes op.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="145"/>
        <source>Yes, stop it</source>
        <translation>Ja, stoppen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="159"/>
        <source>Close the kiosk program?</source>
        <translation>Het kioskprogramma afsluiten?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="160"/>
        <source>Visitors cannot enrol until the kiosk is started again. Submissions waiting to be sent are kept.</source>
        <translation>Bezoekers kunnen zich pas weer inschrijven als de kiosk opnieuw is opgestart. Inzendingen die nog moeten worden verstuurd, blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="165"/>
        <source>Yes, close it</source>
        <translation>Ja, afsluiten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="217"/>
        <source>Send this submission again?</source>
        <translation>Deze inzending opnieuw versturen?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="218"/>
        <source>Reference {reference} goes back into the queue and is sent again.</source>
        <translation>Referentie {reference} gaat terug in de wachtrij en wordt opnieuw verstuurd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="222"/>
        <source>Yes, send it again</source>
        <translation>Ja, opnieuw versturen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="227"/>
        <source>Discard this submission?</source>
        <translation>Deze inzending verwijderen?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="228"/>
        <source>Reference {reference} will never reach the network and cannot be recovered. The visitor will have to enrol again.</source>
        <translation>Referentie {reference} zal het netwerk nooit bereiken en kan niet worden teruggehaald. De bezoeker moet zich opnieuw inschrijven.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="233"/>
        <source>Yes, discard it</source>
        <translation>Ja, verwijderen</translation>
    </message>
</context>
<context>
    <name>OperatorExport</name>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="169"/>
        <source>{name} ({free} GB free)</source>
        <translation>{name} ({free} GB vrij)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="173"/>
        <source>{name} ({free} MB free)</source>
        <translation>{name} ({free} MB vrij)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="183"/>
        <source>Export to a USB stick</source>
        <translation>Exporteren naar een USB-stick</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="185"/>
        <source>Choose the USB stick. The file is encrypted for the network: nobody else can read it. The submissions stay in the kiosk until the network confirms them.</source>
        <translation>Kies de USB-stick. Het bestand is versleuteld voor het netwerk: niemand anders kan het lezen. De inzendingen blijven in de kiosk tot het netwerk ze bevestigt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="192"/>
        <source>No USB stick found. Insert one, wait a moment, then tap &quot;Look again&quot;.</source>
        <translation>Geen USB-stick gevonden. Steek er een in, wacht even en tik dan op ‘Opnieuw zoeken’.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="197"/>
        <source>Back to the panel</source>
        <translation>Terug naar het paneel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="198"/>
        <source>Look again</source>
        <translation>Opnieuw zoeken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="290"/>
        <source>Writing the file…</source>
        <translation>Het bestand wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="303"/>
        <source>Nothing to export: no submission is waiting.</source>
        <translation>Niets te exporteren: er wacht geen inzending.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="308"/>
        <source>{n} submission(s) saved on {drive}. You can take the stick out.</source>
        <translation>Inzendingen opgeslagen op {drive}: {n}. U kunt de stick uitnemen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="319"/>
        <source>This kiosk has no network key for exports. Ask the technical support.</source>
        <translation>Deze kiosk heeft geen netwerksleutel voor exports. Neem contact op met de technische ondersteuning.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="323"/>
        <source>The USB stick is full. Use another one.</source>
        <translation>De USB-stick is vol. Gebruik een andere.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="326"/>
        <source>The USB stick cannot be written to. Use another one.</source>
        <translation>Er kan niet naar de USB-stick worden geschreven. Gebruik een andere.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="333"/>
        <source>The export did not work ({code}).</source>
        <translation>De export is mislukt ({code}).</translation>
    </message>
</context>
<context>
    <name>OperatorLanguage</name>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="229"/>
        <source>Language for new visitors</source>
        <translation>Taal voor nieuwe bezoekers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="231"/>
        <source>Each new visitor first sees the kiosk in this language and can change it.</source>
        <translation>Elke nieuwe bezoeker ziet de kiosk eerst in deze taal en kan ze wijzigen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="236"/>
        <source>Back to the panel</source>
        <translation>Terug naar het paneel</translation>
    </message>
</context>
<context>
    <name>OperatorLocked</name>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="178"/>
        <source>Time left: {time}</source>
        <translation>Resterende tijd: {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="182"/>
        <source>The volunteer panel is locked</source>
        <translation>Het vrijwilligerspaneel is vergrendeld</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="184"/>
        <source>Too many wrong PINs. You can try again when this time has passed.</source>
        <translation>Te vaak een verkeerde pincode. U kunt het opnieuw proberen als deze tijd voorbij is.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="189"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="169"/>
        <source>The PIN is set. Keep it among the volunteers.</source>
        <translation>De pincode is ingesteld. Geef hem alleen aan vrijwilligers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="197"/>
        <source>The PIN has been changed.</source>
        <translation>De pincode is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="74"/>
        <source>Sending started. The figures update in a moment.</source>
        <translation>Het versturen is gestart. De cijfers worden zo bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="80"/>
        <source>The queue is not open: nothing can be sent.</source>
        <translation>De wachtrij is niet open: er kan niets worden verstuurd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="92"/>
        <source>Today&apos;s figures could not be queued: is the queue open?</source>
        <translation>De cijfers van vandaag konden niet in de wachtrij: is de wachtrij open?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="99"/>
        <source>Today&apos;s figures are queued to be sent.</source>
        <translation>De cijfers van vandaag staan klaar om verstuurd te worden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="192"/>
        <source>New visitors will start in {language}.</source>
        <translation>Taal voor nieuwe bezoekers: {language}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="446"/>
        <source>The queue is unlocked. Choices can be saved again.</source>
        <translation>De wachtrij is ontgrendeld. Keuzes kunnen weer worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="45"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="48"/>
        <source>today at {time}</source>
        <translation>vandaag om {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="146"/>
        <source>Visits in the last 7 days (darker: consents given)</source>
        <translation>Bezoeken in de laatste 7 dagen (donkerder: toestemmingen gegeven)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="160"/>
        <source>queue locked</source>
        <translation>wachtrij vergrendeld</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="162"/>
        <source>not available</source>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="170"/>
        <source>Waiting to be sent</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="175"/>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="179"/>
        <source>Refused by the network</source>
        <translation>Geweigerd door het netwerk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="185"/>
        <source>Discarded by a volunteer</source>
        <translation>Verwijderd door een vrijwilliger</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="191"/>
        <location filename="../kiosk/ui/operator/panel.py" line="218"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="195"/>
        <source>Oldest waiting for</source>
        <translation>Oudste wacht al</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="201"/>
        <source>Waiting longer than {days} days</source>
        <translation>Wacht langer dan {days} dagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="207"/>
        <source>Last delivery</source>
        <translation>Laatste aflevering</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="212"/>
        <source>the network&apos;s server does not answer</source>
        <translation>de server van het netwerk antwoordt niet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="217"/>
        <source>Last problem</source>
        <translation>Laatste probleem</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="223"/>
        <source>Card reader</source>
        <translation>Kaartlezer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="228"/>
        <source>reachable</source>
        <translation>bereikbaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="229"/>
        <source>not reachable</source>
        <translation>niet bereikbaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="230"/>
        <location filename="../kiosk/ui/operator/panel.py" line="266"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="233"/>
        <source>not used in demonstration mode</source>
        <translation>niet gebruikt in demonstratiemodus</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="236"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="243"/>
        <source>Enrolments today at this stand</source>
        <translation>Vandaag hier ingeschreven</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="244"/>
        <source>{n} (consent given: {given}, refused: {refused})</source>
        <translation>{n} (toestemming: {given}, geweigerd: {refused})</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="250"/>
        <source>Today, demonstrations apart</source>
        <translation>Vandaag, apart geteld</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="251"/>
        <source>{demo} demo, {failed} not saved</source>
        <translation>{demo} demo, {failed} mislukt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="259"/>
        <source>starting</source>
        <translation>wordt gestart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="260"/>
        <source>smart card service stopped</source>
        <translation>chipkaartdienst gestopt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="261"/>
        <source>not connected</source>
        <translation>niet aangesloten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="262"/>
        <source>ready</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="263"/>
        <source>a card is in the reader</source>
        <translation>er zit een kaart in</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="264"/>
        <source>reading a card</source>
        <translation>leest een kaart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="269"/>
        <source>Volunteer panel</source>
        <translation>Vrijwilligerspaneel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="271"/>
        <source>Demonstration mode: specimen cards, nothing is sent.</source>
        <translation>Demonstratiemodus: specimenkaarten, er wordt niets verstuurd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="273"/>
        <source>Only volunteers may use this panel. Close it before a visitor comes.</source>
        <translation>Alleen vrijwilligers mogen dit paneel gebruiken. Sluit het voordat er een bezoeker komt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="281"/>
        <source>Send now</source>
        <translation>Nu versturen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="282"/>
        <source>Send today&apos;s figures</source>
        <translation>Cijfers van vandaag versturen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="283"/>
        <source>Export to a USB stick</source>
        <translation>Exporteren naar een USB-stick</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="284"/>
        <source>Read acknowledgement from USB</source>
        <translation>Ontvangstbevestiging van USB lezen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="285"/>
        <source>Refused submissions: {n}</source>
        <translation>Geweigerde inzendingen: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="286"/>
        <source>Stop demonstration mode</source>
        <translation>Demonstratiemodus stoppen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="288"/>
        <source>Start demonstration mode</source>
        <translation>Demonstratiemodus starten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="289"/>
        <source>Language for new visitors</source>
        <translation>Taal voor nieuwe bezoekers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="290"/>
        <source>Unlock the queue</source>
        <translation>Wachtrij ontgrendelen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="291"/>
        <source>Change the PIN</source>
        <translation>Pincode wijzigen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="292"/>
        <source>Close the kiosk program</source>
        <translation>Kioskprogramma afsluiten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="302"/>
        <source>Close the panel</source>
        <translation>Paneel sluiten</translation>
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
        <translation>{h} u {m} min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="38"/>
        <source>{d} d {h} h</source>
        <translation>{d} d {h} u</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/week_chart.py" line="62"/>
        <source>{day}: {visits} visits, {given} consents given</source>
        <translation>{day}: {visits} bezoeken, {given} toestemmingen gegeven</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/week_chart.py" line="71"/>
        <source>Visits in the last 7 days</source>
        <translation>Bezoeken in de laatste 7 dagen</translation>
    </message>
</context>
<context>
    <name>OperatorPassphrase</name>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="281"/>
        <source>Use at least {n} characters.</source>
        <translation>Gebruik minstens {n} tekens.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="290"/>
        <source>The two passphrases differ. Type them again.</source>
        <translation>De twee wachtwoordzinnen verschillen. Typ ze opnieuw.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="300"/>
        <source>Unlock the queue</source>
        <translation>Wachtrij ontgrendelen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="302"/>
        <source>Choose the queue passphrase and type it twice. Volunteers will need it each time the kiosk starts: keep it safe.</source>
        <translation>Kies de wachtwoordzin van de wachtrij en typ hem twee keer. Vrijwilligers hebben hem nodig telkens als de kiosk opstart: bewaar hem goed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="308"/>
        <source>Type the queue passphrase chosen when this kiosk was set up. Until then, choices cannot be saved.</source>
        <translation>Typ de wachtwoordzin van de wachtrij die bij de installatie van deze kiosk werd gekozen. Zolang dat niet gebeurd is, kunnen er geen keuzes worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="314"/>
        <location filename="../kiosk/ui/operator/actions.py" line="315"/>
        <source>Queue passphrase</source>
        <translation>Wachtwoordzin van de wachtrij</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="316"/>
        <location filename="../kiosk/ui/operator/actions.py" line="317"/>
        <source>The same passphrase again</source>
        <translation>Dezelfde wachtwoordzin nog eens</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="318"/>
        <source>Back to the panel</source>
        <translation>Terug naar het paneel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="319"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="433"/>
        <source>Unlocking…</source>
        <translation>Bezig met ontgrendelen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="455"/>
        <source>Wrong passphrase. Type it again.</source>
        <translation>Verkeerde wachtwoordzin. Typ hem opnieuw.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="460"/>
        <source>The queue could not be unlocked ({code}).</source>
        <translation>De wachtrij kon niet worden ontgrendeld ({code}).</translation>
    </message>
</context>
<context>
    <name>OperatorPin</name>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="201"/>
        <source>The PIN file of this kiosk is damaged: ask the technical support.</source>
        <translation>Het pincodebestand van deze kiosk is beschadigd: neem contact op met de technische ondersteuning.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="124"/>
        <source>Wrong PIN. Tries left before a pause: {n}</source>
        <translation>Verkeerde pincode. Pogingen tot een pauze: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="153"/>
        <source>The two PINs differ. Choose the new PIN again.</source>
        <translation>De twee pincodes verschillen. Kies de nieuwe pincode opnieuw.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="189"/>
        <source>The current PIN was wrong. The PIN was not changed.</source>
        <translation>De huidige pincode was fout. De pincode is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="207"/>
        <source>Storage problem: the kiosk cannot save to its disk, so the PIN cannot be checked. Ask the technical support.</source>
        <translation>Opslagprobleem: de kiosk kan niet op zijn schijf schrijven, dus de pincode kan niet worden gecontroleerd. Neem contact op met de technische ondersteuning.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="212"/>
        <source>The operator PIN of this kiosk is locked: ask the network&apos;s IT person to reset the operator PIN (kiosk provision).</source>
        <translation>De pincode van deze kiosk is vergrendeld: vraag de IT-verantwoordelijke van het netwerk om de pincode opnieuw in te stellen (kiosk provision).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="217"/>
        <source>Unlock the queue with its passphrase first, then change the PIN.</source>
        <translation>Ontgrendel eerst de wachtrij met haar wachtwoordzin en wijzig dan de pincode.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="220"/>
        <source>This kiosk is not set up yet: the network&apos;s IT person sets the operator PIN (kiosk provision).</source>
        <translation>Deze kiosk is nog niet ingesteld: de IT-verantwoordelijke van het netwerk stelt de pincode in (kiosk provision).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="236"/>
        <source>A PIN has 6 to 12 digits.</source>
        <translation>Een pincode heeft 6 tot 12 cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="237"/>
        <source>This PIN is too easy to guess (repeated or consecutive digits). Choose another.</source>
        <translation>Deze pincode is te makkelijk te raden (herhaalde of opeenvolgende cijfers). Kies een andere.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="91"/>
        <source>Volunteer panel</source>
        <translation>Vrijwilligerspaneel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="92"/>
        <source>Choose the volunteer PIN</source>
        <translation>Kies de pincode voor vrijwilligers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="93"/>
        <location filename="../kiosk/ui/operator/pin_views.py" line="94"/>
        <source>Change the volunteer PIN</source>
        <translation>Pincode voor vrijwilligers wijzigen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="95"/>
        <source>Type the new PIN again</source>
        <translation>Typ de nieuwe pincode opnieuw</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="98"/>
        <source>Type the volunteer PIN.</source>
        <translation>Typ de pincode voor vrijwilligers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="99"/>
        <source>No PIN has been chosen yet. Choose 6 to 12 digits that are hard to guess.</source>
        <translation>Er is nog geen pincode gekozen. Kies 6 tot 12 cijfers die moeilijk te raden zijn.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="103"/>
        <source>First type the current PIN.</source>
        <translation>Typ eerst de huidige pincode.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="104"/>
        <source>Now type the new PIN: 6 to 12 digits, hard to guess.</source>
        <translation>Typ nu de nieuwe pincode: 6 tot 12 cijfers, moeilijk te raden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="105"/>
        <source>Type the same PIN once more, to be sure.</source>
        <translation>Typ dezelfde pincode nog een keer, voor de zekerheid.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="109"/>
        <source>PIN (the digits are hidden)</source>
        <translation>Pincode (de cijfers zijn verborgen)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="110"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
        <translation>Er zijn geen geweigerde inzendingen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="83"/>
        <source>Reference {reference}</source>
        <translation>Referentie {reference}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="88"/>
        <source>Refused on {date}: {reason}</source>
        <translation>Geweigerd op {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="96"/>
        <source>Demonstration</source>
        <translation>Demonstratie</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="101"/>
        <source>Send again</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="104"/>
        <source>Discard</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="112"/>
        <source>Submissions refused by the network</source>
        <translation>Inzendingen geweigerd door het netwerk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="114"/>
        <source>Send one again once the cause is fixed, or discard it. The visitor can be found by the reference on their receipt.</source>
        <translation>Verstuur een inzending opnieuw zodra de oorzaak is opgelost, of verwijder ze. De bezoeker is terug te vinden via de referentie op het ontvangstbewijs.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="120"/>
        <source>Back to the panel</source>
        <translation>Terug naar het paneel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="253"/>
        <source>That did not work ({code}).</source>
        <translation>Dat is mislukt ({code}).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="260"/>
        <source>Reference {reference} is queued again.</source>
        <translation>Referentie {reference} staat opnieuw in de wachtrij.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="266"/>
        <source>Reference {reference} was discarded.</source>
        <translation>Referentie {reference} is verwijderd.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="89"/>
        <source>I understand, continue</source>
        <translation>Begrepen, verder</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="95"/>
        <source>Before we read your card</source>
        <translation>Voordat we uw kaart lezen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="96"/>
        <source>What we read from your card</source>
        <translation>Wat we van uw kaart lezen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="152"/>
        <source>Your names and national number</source>
        <translation>Uw naam, voornamen en rijksregisternummer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="164"/>
        <source>The number of your identity card</source>
        <translation>Het nummer van uw identiteitskaart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="168"/>
        <source>The card&apos;s electronic signatures, to check that it is genuine. They are not sent.</source>
        <translation>De elektronische handtekeningen van de kaart, om te controleren of ze echt is. Die worden niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="173"/>
        <source>Your photo, only to show it on this screen. It is never stored or sent.</source>
        <translation>Uw foto, alleen om ze op dit scherm te tonen. Ze wordt nooit bewaard of verstuurd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="101"/>
        <source>Not your photo.</source>
        <translation>Niet uw foto.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="155"/>
        <source>Your date of birth, only to check that you are 16 or older</source>
        <translation>Uw geboortedatum, alleen om na te gaan of u 16 jaar of ouder bent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="178"/>
        <source>The language you chose</source>
        <translation>De taal die u koos</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="179"/>
        <source>Your decision on the informed consent</source>
        <translation>Uw beslissing over de geïnformeerde toestemming</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="182"/>
        <source>Your trusted persons: names, national number and card number</source>
        <translation>Uw vertrouwenspersonen: naam, voornamen, rijksregisternummer en kaartnummer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="185"/>
        <source>The care providers you exclude: NIHII number and name</source>
        <translation>De zorgverleners die u uitsluit: RIZIV-nummer en naam</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="188"/>
        <source>The number of your identity card, as proof that it was read</source>
        <translation>Het nummer van uw identiteitskaart, als bewijs dat ze werd gelezen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="177"/>
        <source>We do not read your address.</source>
        <translation>We lezen uw adres niet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="108"/>
        <source>What we send to the Brussels Health Network</source>
        <translation>Wat we naar het Brussels Gezondheidsnetwerk sturen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="113"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="115"/>
        <source>To register your choice with the Brussels Health Network (Abrumet), which is responsible for this data.</source>
        <translation>Om uw keuze te registreren bij het Brussels Gezondheidsnetwerk (Abrumet), dat verantwoordelijk is voor deze gegevens.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="120"/>
        <source>Your national number is used only for this registration.</source>
        <translation>Uw rijksregisternummer wordt alleen voor deze registratie gebruikt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="121"/>
        <source>Nothing is used for anything else.</source>
        <translation>Niets wordt voor iets anders gebruikt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="125"/>
        <source>Afterwards</source>
        <translation>Daarna</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="127"/>
        <source>Your choices are kept encrypted on this kiosk until they are sent, then deleted. Nothing stays on the screen when you leave.</source>
        <translation>Uw keuzes worden versleuteld bewaard in deze kiosk tot ze verstuurd zijn, en daarna gewist. Als u weggaat, blijft er niets op het scherm staan.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="132"/>
        <source>Questions about your data: dpo@abrumet.be</source>
        <translation>Vragen over uw gegevens: dpo@abrumet.be</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="133"/>
        <source>You may also complain to the Data Protection Authority.</source>
        <translation>U kunt ook een klacht indienen bij de Gegevensbeschermingsautoriteit.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="159"/>
        <source>Whether your card mentions a white or yellow cane or a legal representative, only for this visit. It is never stored or sent.</source>
        <translation>Of uw kaart een witte of gele stok of een wettelijke vertegenwoordiger vermeldt, alleen voor dit bezoek. Dat wordt nooit bewaard of verstuurd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="191"/>
        <source>The date, the time, this stand and this kiosk</source>
        <translation>De datum, het uur, deze stand en deze kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="194"/>
        <source>Whether your card proved that it is genuine</source>
        <translation>Of uw kaart heeft bewezen dat ze echt is</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="199"/>
        <source>The card&apos;s electronic signatures, to check that it is genuine. They are sent too, so that the network can check your card itself.</source>
        <translation>De elektronische handtekeningen van de kaart, om te controleren of ze echt is. Die worden ook verstuurd, zodat het netwerk uw kaart zelf kan controleren.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="205"/>
        <source>Your date of birth, to check that you are 16 or older. It is sent only inside the signed copy of your card&apos;s identity file.</source>
        <translation>Uw geboortedatum, om te controleren of u 16 jaar of ouder bent. Die wordt alleen verstuurd binnen de ondertekende kopie van het identiteitsbestand van uw kaart.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="212"/>
        <source>Whether your card mentions a white or yellow cane or a legal representative, only for this visit. It is sent only inside the signed copy of your card&apos;s identity file.</source>
        <translation>Of uw kaart een witte of gele stok of een wettelijke vertegenwoordiger vermeldt, alleen voor dit bezoek. Dat wordt alleen verstuurd binnen de ondertekende kopie van het identiteitsbestand van uw kaart.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="222"/>
        <source>A signed copy of your card&apos;s identity file (it also holds your date and place of birth, gender, nationality, the card&apos;s dates and any mention of a white or yellow cane), its signatures and certificate, so that the network can check your card itself. Not your address, not your photo.</source>
        <translation>Een ondertekende kopie van het identiteitsbestand van uw kaart (met ook uw geboortedatum en -plaats, geslacht, nationaliteit, de data van de kaart en een eventuele vermelding van een witte of gele stok), de handtekeningen en het certificaat ervan, zodat het netwerk uw kaart zelf kan controleren. Niet uw adres, niet uw foto.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="113"/>
        <source>Ticked.</source>
        <translation>Aangevinkt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="114"/>
        <source>Not ticked.</source>
        <translation>Niet aangevinkt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="339"/>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="342"/>
        <source>Reads the page aloud. Shortcut: F2.</source>
        <translation>Leest de pagina voor. Sneltoets: F2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="344"/>
        <source>Read my details aloud</source>
        <translation>Mijn gegevens voorlezen</translation>
    </message>
</context>
<context>
    <name>RefusalPage</name>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="75"/>
        <source>You do not agree to share your health data</source>
        <translation>U gaat niet akkoord met het delen van uw gezondheidsgegevens</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="76"/>
        <source>That is your right.</source>
        <translation>Dat is uw recht.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="77"/>
        <source>Your care stays exactly the same.</source>
        <translation>Uw zorg blijft precies dezelfde.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="79"/>
        <source>Your care providers will go on treating you as before; they just cannot share your health data with each other electronically.</source>
        <translation>Uw zorgverleners blijven u behandelen zoals voorheen. Alleen kunnen ze uw gezondheidsgegevens niet elektronisch met elkaar delen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="86"/>
        <source>If you change your mind, you can give your consent later, with your doctor or pharmacist, or on the network&apos;s website.</source>
        <translation>Als u van gedachten verandert, kunt u later alsnog uw toestemming geven, bij uw arts of apotheker, of op de website van het netwerk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="92"/>
        <source>Do you confirm that you do not agree?</source>
        <translation>Bevestigt u dat u niet akkoord gaat?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="93"/>
        <source>No, go back</source>
        <translation>Nee, terug</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="94"/>
        <source>Yes, I confirm</source>
        <translation>Ja, ik bevestig</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="98"/>
        <source>Returns to the question about sharing your health data.</source>
        <translation>Gaat terug naar de vraag over het delen van uw gezondheidsgegevens.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="101"/>
        <source>Records that you do not agree. You can check it before it is sent.</source>
        <translation>Registreert dat u niet akkoord gaat. U kunt dit nakijken voordat het wordt verstuurd.</translation>
    </message>
</context>
<context>
    <name>RemovableRow</name>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="85"/>
        <source>Remove {name}?</source>
        <translation>{name} verwijderen?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="88"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="90"/>
        <source>Remove {name}</source>
        <translation>{name} verwijderen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="92"/>
        <source>Yes, remove</source>
        <translation>Ja, verwijderen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="93"/>
        <source>No, keep</source>
        <translation>Nee, behouden</translation>
    </message>
</context>
<context>
    <name>RepresentationPage</name>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="55"/>
        <source>Back to the start</source>
        <translation>Terug naar het begin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="29"/>
        <source>A legal representative acts for the holder of this card</source>
        <translation>Een wettelijke vertegenwoordiger treedt op voor de houder van deze kaart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="32"/>
        <source>This card says that a legal representative, such as an administrator, acts for its holder. That representative registers the consent for them: it cannot be done at this kiosk.</source>
        <translation>Volgens deze kaart treedt een wettelijke vertegenwoordiger, zoals een bewindvoerder, op voor de houder. Die vertegenwoordiger geeft de toestemming in naam van de houder: dat kan niet aan deze kiosk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="38"/>
        <source>The representative can do it:</source>
        <translation>De vertegenwoordiger kan dat doen:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="40"/>
        <source>with the family doctor,</source>
        <translation>bij de huisarts,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="41"/>
        <source>at the admissions desk of a hospital,</source>
        <translation>aan de opnamebalie van een ziekenhuis,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="42"/>
        <source>at the health insurance fund (mutuality),</source>
        <translation>bij het ziekenfonds,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="43"/>
        <source>or with the Brussels Health Network: its “third party registration” form, signed, with a copy of both identity cards.</source>
        <translation>of bij het Brussels Gezondheidsnetwerk: met het ondertekende formulier voor inschrijving door een derde en een kopie van beide identiteitskaarten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="49"/>
        <source>Do you have a question? A volunteer at the stand will gladly help.</source>
        <translation>Hebt u een vraag? Een vrijwilliger van de stand helpt u graag.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="53"/>
        <source>Please take the card out of the reader.</source>
        <translation>Neem de kaart uit de kaartlezer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="54"/>
        <source>Nothing from this card has been kept.</source>
        <translation>Er is niets van deze kaart bewaard.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="130"/>
        <source>Confirm and send</source>
        <translation>Bevestigen en versturen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="136"/>
        <source>Please check your choices</source>
        <translation>Controleer uw keuzes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="138"/>
        <source>This is what will be sent to the health network.</source>
        <translation>Dit wordt naar het gezondheidsnetwerk verstuurd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="140"/>
        <source>You</source>
        <translation>Uw gegevens</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="141"/>
        <source>Your choice</source>
        <translation>Uw keuze</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="142"/>
        <source>Trusted persons</source>
        <translation>Vertrouwenspersonen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="143"/>
        <source>Excluded care providers</source>
        <translation>Uitgesloten zorgverleners</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="145"/>
        <source>When you confirm, your choices are encrypted and sent to the Brussels Health Network. If the network cannot be reached right now, this kiosk keeps them safely and sends them later.</source>
        <translation>Na uw bevestiging worden uw keuzes versleuteld en naar het Brussels Gezondheidsnetwerk verstuurd. Is het netwerk nu niet bereikbaar, dan bewaart deze kiosk ze veilig en verstuurt ze later.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="173"/>
        <source>National number: {number}</source>
        <translation>Rijksregisternummer: {number}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="181"/>
        <source>You agree to share your health data.</source>
        <translation>U gaat akkoord met het delen van uw gezondheidsgegevens.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="183"/>
        <source>You do not agree to share your health data.</source>
        <translation>U gaat niet akkoord met het delen van uw gezondheidsgegevens.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="186"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="204"/>
        <source>Trusted persons: none</source>
        <translation>Vertrouwenspersonen: geen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="205"/>
        <source>Trusted persons: {n}</source>
        <translation>Vertrouwenspersonen: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="210"/>
        <source>Excluded care providers: none</source>
        <translation>Uitgesloten zorgverleners: geen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="211"/>
        <source>Excluded care providers: {n}</source>
        <translation>Uitgesloten zorgverleners: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="219"/>
        <source>{name}, national number {number}</source>
        <translation>{name}, rijksregisternummer {number}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="228"/>
        <source>NIHII {number}</source>
        <translation>RIZIV {number}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="229"/>
        <source>{name}, NIHII {number}</source>
        <translation>{name}, RIZIV {number}</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="78"/>
        <source>Choices cannot be saved: please ask a volunteer</source>
        <translation>Keuzes kunnen niet worden opgeslagen: vraag een vrijwilliger</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="81"/>
        <source>Network: checking</source>
        <translation>Netwerk: wordt gecontroleerd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="83"/>
        <source>Sending paused: please ask a volunteer</source>
        <translation>Versturen gepauzeerd: vraag een vrijwilliger</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="86"/>
        <source>Storage problem: please ask a volunteer</source>
        <translation>Opslagprobleem: vraag een vrijwilliger</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="89"/>
        <source>Sending</source>
        <translation>Wordt verstuurd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="91"/>
        <source>Network: connected</source>
        <translation>Netwerk: verbonden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="93"/>
        <source>No network: choices are kept safely and sent later</source>
        <translation>Geen netwerk: keuzes worden veilig bewaard en later verstuurd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="102"/>
        <source>Need a volunteer: {n}</source>
        <translation>Vrijwilliger nodig: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="105"/>
        <source>Waiting to be sent: {n}</source>
        <translation>Wacht op verzending: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="111"/>
        <source>Card reader: starting</source>
        <translation>Kaartlezer: wordt gestart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="112"/>
        <source>Card reader not working</source>
        <translation>Kaartlezer werkt niet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="113"/>
        <source>No card reader connected</source>
        <translation>Geen kaartlezer aangesloten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="114"/>
        <source>Card reader ready</source>
        <translation>Kaartlezer klaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="115"/>
        <source>Card in the reader</source>
        <translation>Kaart in de kaartlezer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="116"/>
        <source>Reading the card</source>
        <translation>Kaart wordt gelezen</translation>
    </message>
</context>
<context>
    <name>StillTherePage</name>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="71"/>
        <source>Are you still there?</source>
        <translation>Bent u er nog?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="73"/>
        <source>For your privacy, the kiosk will erase what you entered and start again when the countdown reaches zero.</source>
        <translation>Voor uw privacy wist de kiosk wat u hebt ingevoerd en begint hij opnieuw wanneer de teller op nul staat.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="79"/>
        <source>I am still here</source>
        <translation>Ik ben er nog</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="100"/>
        <location filename="../kiosk/ui/read_aloud.py" line="265"/>
        <source>Seconds left: {n}</source>
        <translation>Resterende seconden: {n}</translation>
    </message>
</context>
<context>
    <name>SubmitErrorPage</name>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="47"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="53"/>
        <source>We could not save your choices just now</source>
        <translation>We konden uw keuzes niet opslaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="55"/>
        <source>Nothing is lost: your choices are still here.</source>
        <translation>Er is niets verloren: uw keuzes staan er nog.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="57"/>
        <source>Please try again.</source>
        <translation>Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="59"/>
        <source>If it still does not work, please ask a volunteer for help.</source>
        <translation>Lukt het nog steeds niet? Vraag dan hulp aan een vrijwilliger.</translation>
    </message>
</context>
<context>
    <name>SwapPage</name>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="209"/>
        <source>Take your card out of the reader</source>
        <translation>Neem uw kaart uit de kaartlezer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="210"/>
        <source>Then we will read your trusted person&apos;s card. Your answers so far are kept.</source>
        <translation>Daarna lezen we de kaart van uw vertrouwenspersoon. Uw antwoorden tot nu toe blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="217"/>
        <source>Put your trusted person&apos;s card in the reader</source>
        <translation>Steek de kaart van uw vertrouwenspersoon in de kaartlezer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="218"/>
        <source>Chip first, and leave it in until we say so.</source>
        <translation>Met de chip eerst. Laat ze zitten tot we het zeggen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="222"/>
        <source>Reading the card…</source>
        <translation>De kaart wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="223"/>
        <source>This takes a few seconds. Please leave the card in.</source>
        <translation>Dit duurt enkele seconden. Laat de kaart erin zitten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="227"/>
        <source>Is this your trusted person?</source>
        <translation>Is dit uw vertrouwenspersoon?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="228"/>
        <source>If it is, tick the box and tap “Yes, add this person”.</source>
        <translation>Zo ja, vink het vakje aan en tik op ‘Ja, deze persoon toevoegen’.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="234"/>
        <source>Take their card out of the reader</source>
        <translation>Neem die kaart uit de kaartlezer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="235"/>
        <source>Give it back to them. Then we need your own card again.</source>
        <translation>Geef ze terug aan uw vertrouwenspersoon. Daarna hebben we opnieuw uw eigen kaart nodig.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="238"/>
        <source>Put your own card back in the reader</source>
        <translation>Steek uw eigen kaart opnieuw in de kaartlezer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="239"/>
        <source>We check that it is you, so that your answers stay safe.</source>
        <translation>We controleren of u het bent, zodat uw antwoorden veilig blijven.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="247"/>
        <source>This is your own card</source>
        <translation>Dit is uw eigen kaart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="248"/>
        <source>Take your card out and put in your trusted person&apos;s card.</source>
        <translation>Neem uw kaart eruit en steek de kaart van uw vertrouwenspersoon erin.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="252"/>
        <source>This person is already on your list</source>
        <translation>Deze persoon staat al op uw lijst</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="253"/>
        <source>Take this card out. You can put in another person&apos;s card, or stop adding.</source>
        <translation>Neem deze kaart eruit. U kunt de kaart van iemand anders insteken, of stoppen met toevoegen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="259"/>
        <source>This is not the card you started with</source>
        <translation>Dit is niet de kaart waarmee u begon</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="260"/>
        <source>This card has expired</source>
        <translation>Deze kaart is vervallen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="261"/>
        <source>The card came out too soon</source>
        <translation>De kaart werd te vroeg uitgenomen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="262"/>
        <source>This is not a Belgian eID card</source>
        <translation>Dit is geen Belgische eID-kaart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="264"/>
        <source>The card could not be used</source>
        <translation>De kaart kon niet worden gebruikt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="354"/>
        <source>Yes, add this person</source>
        <translation>Ja, deze persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="358"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="377"/>
        <source>Step {number} of {total}</source>
        <translation>Stap {number} van {total}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="386"/>
        <source>I confirm that this person has registered their own informed consent.</source>
        <translation>Ik bevestig: deze persoon gaf zelf geïnformeerde toestemming.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="393"/>
        <source>Not registered yet? They can register at this kiosk too. You can add them afterwards.</source>
        <translation>Nog geen toestemming gegeven? Dat kan ook aan deze kiosk. Daarna kunt u die persoon toevoegen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="400"/>
        <source>No, do not add this person</source>
        <translation>Nee, deze persoon niet toevoegen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="402"/>
        <source>Stop adding a trusted person</source>
        <translation>Geen vertrouwenspersoon toevoegen</translation>
    </message>
</context>
<context>
    <name>TrustedPage</name>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="43"/>
        <source>Please type their surname.</source>
        <translation>Typ de familienaam.</translation>
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
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="218"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="224"/>
        <source>A trusted person (optional)</source>
        <translation>Een vertrouwenspersoon (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="226"/>
        <source>A trusted person helps you manage your shared health record, for example a relative or a friend. You stay the one who decides. Your trusted person must have registered their own informed consent too.</source>
        <translation>Een vertrouwenspersoon helpt u uw gedeeld gezondheidsdossier te beheren, bijvoorbeeld een familielid of een vriend. U blijft zelf beslissen. Uw vertrouwenspersoon moet ook zelf geïnformeerde toestemming hebben gegeven.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="233"/>
        <source>Your trusted persons</source>
        <translation>Uw vertrouwenspersonen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="234"/>
        <source>You have not named anyone yet.</source>
        <translation>U hebt nog niemand aangeduid.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="235"/>
        <source>Add a trusted person</source>
        <translation>Vertrouwenspersoon toevoegen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="236"/>
        <source>Read their eID card</source>
        <translation>De eID-kaart inlezen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="237"/>
        <source>Their card must be here with you.</source>
        <translation>De kaart moet hier bij u zijn.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="238"/>
        <source>Type their details</source>
        <translation>Gegevens intypen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="240"/>
        <source>You need their national number and their card number.</source>
        <translation>Nodig: rijksregisternummer en kaartnummer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="243"/>
        <source>You cannot add more trusted persons here. You can add more on the website of the Brussels Health Network.</source>
        <translation>U kunt hier geen vertrouwenspersonen meer toevoegen. Dat kan wel op de website van het Brussels Gezondheidsnetwerk.</translation>
    </message>
</context>
<context>
    <name>TrustedTypedPage</name>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="87"/>
        <source>{n} of 11 digits typed.</source>
        <translation>{n} van de 11 cijfers getypt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="88"/>
        <source>{n} of 12 digits typed.</source>
        <translation>{n} van de 12 cijfers getypt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="94"/>
        <source>Digits only, please.</source>
        <translation>Alleen cijfers, alstublieft.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="95"/>
        <source>Too many digits.</source>
        <translation>Te veel cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="96"/>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="99"/>
        <source>Not right: please check the digits.</source>
        <translation>Klopt niet: controleer de cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="102"/>
        <source>12 digits, or B and 9 digits.</source>
        <translation>12 cijfers, of B en 9 cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="103"/>
        <source>This is your own number.</source>
        <translation>Dit is uw eigen nummer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="104"/>
        <source>Already on your list.</source>
        <translation>Staat al op uw lijst.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="105"/>
        <source>Please type their surname.</source>
        <translation>Typ de familienaam.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="314"/>
        <source>Add this person</source>
        <translation>Deze persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="324"/>
        <source>Please fill in the national number, the card number and the surname.</source>
        <translation>Vul het rijksregisternummer, het kaartnummer en de familienaam in.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="348"/>
        <source>Type your trusted person&apos;s details</source>
        <translation>Typ de gegevens van uw vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="350"/>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="351"/>
        <source>Card number of their eID</source>
        <translation>Kaartnummer van de eID</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="352"/>
        <source>Surname</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="353"/>
        <source>First names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="359"/>
        <source>I confirm that this person has registered their own informed consent.</source>
        <translation>Ik bevestig: deze persoon gaf zelf geïnformeerde toestemming.</translation>
    </message>
</context>
<context>
    <name>Under16Page</name>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="41"/>
        <source>Back to the start</source>
        <translation>Terug naar het begin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="25"/>
        <source>This card belongs to a child under 16</source>
        <translation>Deze kaart is van een kind jonger dan 16</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="26"/>
        <source>Children under 16 do not register themselves. Their parent or legal representative does it for them.</source>
        <translation>Kinderen jonger dan 16 schrijven zich niet zelf in. Een ouder of wettelijke vertegenwoordiger doet het voor hen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="31"/>
        <source>The parent or representative can do it:</source>
        <translation>De ouder of vertegenwoordiger kan dat doen:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="33"/>
        <source>with the family doctor,</source>
        <translation>bij de huisarts,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="34"/>
        <source>at the admissions desk of a hospital,</source>
        <translation>aan de opnamebalie van een ziekenhuis,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="35"/>
        <source>at the health insurance fund (mutuality),</source>
        <translation>bij het ziekenfonds,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="36"/>
        <source>or on the website of the Brussels Health Network.</source>
        <translation>of op de website van het Brussels Gezondheidsnetwerk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="38"/>
        <source>From the age of 16, you can register yourself.</source>
        <translation>Vanaf 16 jaar kunt u zich zelf inschrijven.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="39"/>
        <source>Please take the card out of the reader.</source>
        <translation>Neem de kaart uit de kaartlezer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="40"/>
        <source>Nothing from this card has been kept.</source>
        <translation>Er is niets van deze kaart bewaard.</translation>
    </message>
</context>
</TS>

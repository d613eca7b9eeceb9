<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE" sourcelanguage="en_GB">
<context>
    <name>AccentPopup</name>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="59"/>
        <source>{letter} with acute accent</source>
        <translation>{letter} mit Akut</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="60"/>
        <source>{letter} with grave accent</source>
        <translation>{letter} mit Gravis</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="61"/>
        <source>{letter} with circumflex</source>
        <translation>{letter} mit Zirkumflex</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="62"/>
        <source>{letter} with two dots</source>
        <translation>{letter} mit zwei Punkten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="63"/>
        <source>{letter} with cedilla</source>
        <translation>{letter} mit Cedille</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="64"/>
        <source>{letter} with tilde</source>
        <translation>{letter} mit Tilde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="65"/>
        <source>{letter} with ring</source>
        <translation>{letter} mit Ring</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="66"/>
        <source>{letter} with caron</source>
        <translation>{letter} mit Hatschek</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="67"/>
        <source>{letter} with breve</source>
        <translation>{letter} mit Breve</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="68"/>
        <source>{letter} with dot above</source>
        <translation>{letter} mit Punkt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="69"/>
        <source>{letter} with stroke</source>
        <translation>{letter} mit Strich</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="77"/>
        <source>sharp s (ß)</source>
        <translation>Eszett (ß)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="138"/>
        <source>Accented letters</source>
        <translation>Buchstaben mit Akzent</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="141"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="160"/>
        <source>Reading your card</source>
        <translation>Ihre Karte wird gelesen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="161"/>
        <source>Please leave your card in the reader.</source>
        <translation>Bitte lassen Sie Ihre Karte im Lesegerät.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="162"/>
        <source>This takes a few seconds.</source>
        <translation>Das dauert einige Sekunden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="164"/>
        <source>There is a problem with the card</source>
        <translation>Es gibt ein Problem mit der Karte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="167"/>
        <source>If it still does not work, please ask a volunteer.</source>
        <translation>Wenn es immer noch nicht klappt, bitten Sie am Stand um Hilfe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="170"/>
        <source>Please take the card out of the reader</source>
        <translation>Bitte nehmen Sie die Karte aus dem Lesegerät</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="172"/>
        <source>A card is still in the reader. Take it out first.</source>
        <translation>Es steckt noch eine Karte im Lesegerät. Nehmen Sie sie zuerst heraus.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="174"/>
        <source>Then put your own identity card in.</source>
        <translation>Stecken Sie dann Ihren eigenen Personalausweis hinein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="176"/>
        <source>Put your identity card in the reader</source>
        <translation>Stecken Sie Ihren Personalausweis in das Lesegerät</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="178"/>
        <source>Chip first, facing up, as in the picture.</source>
        <translation>Mit dem Chip voran und nach oben, wie auf dem Bild.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="181"/>
        <source>Leave it in the reader until you are told to take it out.</source>
        <translation>Lassen Sie den Ausweis stecken, bis wir Sie bitten, ihn herauszunehmen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="201"/>
        <source>The card reader is ready.</source>
        <translation>Das Kartenlesegerät ist bereit.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="106"/>
        <source>Sharing your health data</source>
        <translation>Austausch Ihrer Gesundheitsdaten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="108"/>
        <source>With your informed consent, the care providers who treat you can share your health data with each other, safely and electronically, for your care only.</source>
        <translation>Mit Ihrer aufgeklärten Einwilligung dürfen die Gesundheitsdienstleister, die Sie behandeln, Ihre Gesundheitsdaten sicher elektronisch austauschen – nur für Ihre Behandlung.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="115"/>
        <source>What is it?</source>
        <translation>Was ist das?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="116"/>
        <source>Who can see your data?</source>
        <translation>Wer sieht Ihre Daten?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="117"/>
        <source>You stay in control</source>
        <translation>Sie entscheiden selbst</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="121"/>
        <source>It is free and voluntary.</source>
        <translation>Kostenlos und freiwillig.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="122"/>
        <source>It is valid throughout Belgium, in every health network.</source>
        <translation>Gültig in ganz Belgien, in jedem Gesundheitsnetzwerk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="127"/>
        <source>Only care providers who are treating you, within strict access rules.</source>
        <translation>Nur Gesundheitsdienstleister, die Sie behandeln, nach strengen Regeln.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="131"/>
        <source>Never insurers, occupational doctors or health insurance fund doctors.</source>
        <translation>Nie Versicherungen, Arbeitsmediziner oder Vertrauensärzte der Krankenkassen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="137"/>
        <source>You can withdraw your consent at any time.</source>
        <translation>Sie können Ihre Einwilligung jederzeit widerrufen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="138"/>
        <source>You can see who consulted your record and exclude a care provider.</source>
        <translation>Sie sehen, wer Ihre Akte geöffnet hat, und können Gesundheitsdienstleister ausschließen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="142"/>
        <source>You can name a trusted person to help you.</source>
        <translation>Sie können eine Vertrauensperson benennen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="151"/>
        <source>If you do not agree, your care stays exactly the same.</source>
        <translation>Wenn Sie nicht einverstanden sind, bleibt Ihre Behandlung genau gleich.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="153"/>
        <source>Do you agree to share your health data?</source>
        <translation>Sind Sie mit dem Austausch Ihrer Gesundheitsdaten einverstanden?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="154"/>
        <source>I agree to share</source>
        <translation>Ich bin einverstanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="155"/>
        <source>I do not agree</source>
        <translation>Ich bin nicht einverstanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="159"/>
        <source>Gives your informed consent. Next you can name a trusted person.</source>
        <translation>Erteilt Ihre aufgeklärte Einwilligung. Danach können Sie eine Vertrauensperson benennen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="164"/>
        <source>You will be asked to confirm. Your care stays the same.</source>
        <translation>Sie werden um eine Bestätigung gebeten. Ihre Behandlung bleibt gleich.</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="82"/>
        <source>Demo cards (fictitious people)</source>
        <translation>Demokarten (fiktive Personen)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="84"/>
        <source>Citizen, Dutch card</source>
        <translation>Bürger, niederländischsprachige Karte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="85"/>
        <source>Citizen, French card</source>
        <translation>Bürger, französischsprachige Karte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="86"/>
        <source>Citizen, German card</source>
        <translation>Bürger, deutschsprachige Karte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="87"/>
        <source>Foreign resident</source>
        <translation>Ausländischer Einwohner</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="88"/>
        <source>Citizen, new card (2020)</source>
        <translation>Bürger, neue Karte (2020)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="89"/>
        <source>Child of 10 (Kids-ID)</source>
        <translation>Kind, 10 Jahre (Kids-ID)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="90"/>
        <source>White cane (blind)</source>
        <translation>Weißer Stock (blind)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="91"/>
        <source>Yellow cane (partially sighted)</source>
        <translation>Gelber Stock (sehbehindert)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="92"/>
        <source>Has a legal representative</source>
        <translation>Hat einen gesetzlichen Vertreter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="93"/>
        <source>Expired card</source>
        <translation>Abgelaufene Karte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="94"/>
        <source>Forged or damaged card</source>
        <translation>Gefälschte oder beschädigte Karte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="95"/>
        <source>Not an eID card</source>
        <translation>Keine eID-Karte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="96"/>
        <source>Take the card out</source>
        <translation>Karte herausnehmen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="98"/>
        <source>Unplug the reader</source>
        <translation>Lesegerät abziehen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="100"/>
        <source>Plug the reader in</source>
        <translation>Lesegerät anschließen</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="150"/>
        <source>Finish</source>
        <extracomment>The Brussels Health Network&apos;s portal per kiosk language, when the stand configures none. BHN publishes FR/NL/EN only (consent-domain.md §5): German visitors get the English site. The QR code&apos;s side in pixels: about 7 px modules for a portal link, easy for any phone at arm&apos;s length, and small enough to leave the reference the main place on the receipt.</extracomment>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="157"/>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="159"/>
        <source>Your answer is noted. Nothing about you was stored or sent: your data was not registered.</source>
        <translation>Ihre Antwort ist vermerkt. Nichts über Sie wurde gespeichert oder übermittelt: Ihre Daten wurden nicht registriert.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="164"/>
        <source>Scan to open the network&apos;s website.</source>
        <translation>Scannen Sie, um die Website des Netzwerks zu öffnen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="168"/>
        <source>This was a demonstration: nothing was sent to the Brussels Health Network.</source>
        <translation>Dies war eine Demonstration: Nichts wurde an das Brüsseler Gesundheitsnetzwerk gesendet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="173"/>
        <source>Your choice has been saved. This kiosk sends it securely to the Brussels Health Network.</source>
        <translation>Ihre Entscheidung wurde gespeichert. Dieses Gerät sendet sie sicher an das Brüsseler Gesundheitsnetzwerk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="184"/>
        <source>Your reference</source>
        <translation>Ihre Referenz</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="186"/>
        <source>Write it down, or scan the code with your phone to keep it.</source>
        <translation>Schreiben Sie sie auf oder scannen Sie den Code mit Ihrem Handy, um sie aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="188"/>
        <source>Please take your eID card with you.</source>
        <translation>Bitte nehmen Sie Ihre eID-Karte mit.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="179"/>
        <source>Scan to open the network&apos;s website. Your reference is included.</source>
        <translation>Scannen Sie, um die Website des Netzwerks zu öffnen. Ihre Referenz ist enthalten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="189"/>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="191"/>
        <source>Opens the network&apos;s website, with your reference.</source>
        <translation>Öffnet die Website des Netzwerks mit Ihrer Referenz.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="226"/>
        <source>Your reference: {reference}</source>
        <translation>Ihre Referenz: {reference}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="241"/>
        <source>This screen closes by itself in {n} second(s).</source>
        <translation>Dieser Bildschirm schließt sich von selbst. Verbleibende Sekunden: {n}</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="146"/>
        <source>Something went wrong.</source>
        <translation>Es ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="147"/>
        <source>Please ask a volunteer for help.</source>
        <translation>Bitten Sie am Stand um Hilfe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="149"/>
        <source>Error code: {code}</source>
        <translation>Fehlercode: {code}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="151"/>
        <source>Time: {time}</source>
        <translation>Uhrzeit: {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="152"/>
        <source>This kiosk is waiting for a volunteer.</source>
        <translation>Dieses Gerät wartet auf das Team am Stand.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="153"/>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
</context>
<context>
    <name>ExclusionsPage</name>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="67"/>
        <source>Seems wrong: compare it with the printed number.</source>
        <translation>Scheint falsch: bitte mit dem Beleg vergleichen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="70"/>
        <source>Not right: please check the digits.</source>
        <translation>Stimmt nicht: Bitte prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="71"/>
        <source>Already on your list.</source>
        <translation>Schon auf Ihrer Liste.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="85"/>
        <source>Digits only, please.</source>
        <translation>Bitte nur Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="88"/>
        <source>{n} of 11 digits typed.</source>
        <translation>{n} von 11 Ziffern eingegeben.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="91"/>
        <source>Too many digits.</source>
        <translation>Zu viele Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="238"/>
        <source>Add to the list</source>
        <translation>Zur Liste hinzufügen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="242"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="243"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="252"/>
        <source>Please type the 11 digits of the NIHII number.</source>
        <translation>Bitte geben Sie die 11 Ziffern der LIKIV-Nummer ein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="266"/>
        <source>Exclude a care provider (optional)</source>
        <translation>Einen Gesundheitsdienstleister ausschließen (freiwillig)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="268"/>
        <source>You can exclude a particular care provider, for example a doctor or a pharmacist: they will then not be able to see your shared health record. You need their NIHII number (RIZIV/INAMI number). It is printed on their prescriptions.</source>
        <translation>Sie können einen bestimmten Gesundheitsdienstleister ausschließen, zum Beispiel einen Arzt oder einen Apotheker: Er kann dann Ihre gemeinsam genutzte Gesundheitsakte nicht einsehen. Dafür brauchen Sie seine LIKIV-Nummer (INAMI-Nummer). Die Nummer steht auf seinen Rezepten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="276"/>
        <source>Care providers you exclude</source>
        <translation>Gesundheitsdienstleister, die Sie ausschließen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="277"/>
        <source>You have not excluded anyone.</source>
        <translation>Sie haben niemanden ausgeschlossen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="278"/>
        <source>Add a care provider</source>
        <translation>Gesundheitsdienstleister hinzufügen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="280"/>
        <source>You cannot add more care providers here.</source>
        <translation>Sie können hier keine weiteren Gesundheitsdienstleister hinzufügen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="283"/>
        <source>Which care provider do you want to exclude?</source>
        <translation>Welchen Gesundheitsdienstleister möchten Sie ausschließen?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="286"/>
        <source>Type their NIHII number: 11 digits, as printed on their prescriptions.</source>
        <translation>Geben Sie die LIKIV-Nummer ein: 11 Ziffern, wie auf den Rezepten gedruckt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="292"/>
        <source>It is also on their invoices and on the certificate of care given (attestation de soins donnés, getuigschrift voor verstrekte hulp). The care provider can tell you too.</source>
        <translation>Sie steht auch auf seinen Rechnungen und auf der Behandlungs- oder Pflegebescheinigung (attestation de soins donnés, getuigschrift voor verstrekte hulp). Der Gesundheitsdienstleister kann sie Ihnen ebenfalls nennen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="299"/>
        <source>NIHII number</source>
        <translation>LIKIV-Nummer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="300"/>
        <source>Their name (optional)</source>
        <translation>Name (freiwillig)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="304"/>
        <source>I have checked: the number is exactly as printed.</source>
        <translation>Ich habe es geprüft: Die Nummer ist genau wie gedruckt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="237"/>
        <source>Cancel: do not add a care provider</source>
        <translation>Abbrechen: keinen Gesundheitsdienstleister hinzufügen</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="129"/>
        <source>Is this you?</source>
        <translation>Sind Sie das?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="130"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="131"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="132"/>
        <source>National number</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="134"/>
        <source>For your privacy, only the last two digits of your national number are shown.</source>
        <translation>Zum Schutz Ihrer Privatsphäre zeigen wir nur die letzten zwei Ziffern Ihrer Nationalregisternummer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="142"/>
        <source>Your name and date of birth, read from your card, are on the screen. To hear them, choose “Read my details aloud” at the bottom of the screen.</source>
        <translation>Ihr Name und Ihr Geburtsdatum, von Ihrer Karte gelesen, stehen auf dem Bildschirm. Um sie zu hören, wählen Sie unten auf dem Bildschirm „Meine Angaben vorlesen“.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="148"/>
        <source>Yes, this is me</source>
        <translation>Ja, das bin ich</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="149"/>
        <source>No, this is not me</source>
        <translation>Nein, das bin ich nicht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="153"/>
        <source>Stops here and erases what was read from the card.</source>
        <translation>Bricht hier ab und löscht, was von der Karte gelesen wurde.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="155"/>
        <source>Photo from the identity card</source>
        <translation>Foto vom Personalausweis</translation>
    </message>
</context>
<context>
    <name>LookToggle</name>
    <message>
        <location filename="../kiosk/ui/look_toggle.py" line="77"/>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/look_toggle.py" line="80"/>
        <source>Larger text and high contrast. Shortcut: F3.</source>
        <translation>Größere Schrift und hoher Kontrast. Tastenkürzel: F3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="511"/>
        <source>Health data sharing: consent kiosk</source>
        <translation>Austausch von Gesundheitsdaten: Einwilligungsterminal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="512"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="513"/>
        <source>Demonstration mode</source>
        <translation>Demonstrationsmodus</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="514"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="515"/>
        <location filename="../kiosk/ui/selftest_checks.py" line="119"/>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="433"/>
        <location filename="../kiosk/ui/main_window.py" line="519"/>
        <source>Go to the previous step.</source>
        <translation>Zum vorherigen Schritt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="522"/>
        <source>Stop and erase everything you entered.</source>
        <translation>Beenden und alles löschen, was Sie eingegeben haben.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="525"/>
        <source>Do you want to stop? Everything you entered will be erased.</source>
        <translation>Möchten Sie aufhören? Alles, was Sie eingegeben haben, wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="527"/>
        <source>Yes, stop</source>
        <translation>Ja, aufhören</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="528"/>
        <source>No, continue</source>
        <translation>Nein, weitermachen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="532"/>
        <source>Demo cards</source>
        <translation>Demokarten</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../kiosk/ui/messages.py" line="117"/>
        <source>Something went wrong on this kiosk. Please ask a volunteer.</source>
        <extracomment>The card layer&apos;s codes, plus the one the monitor gives an unexpected failure. Every code an :class:`~kiosk.outbox.records.OutboxError` can carry (the outbox has no list of its own; a test reads them from its source so a new one cannot be missed here). The error-step codes of the flow (``EnrolmentFlow.error_code``), besides the card layer&apos;s.</extracomment>
        <translation>Bei diesem Gerät ist ein Fehler aufgetreten. Bitten Sie am Stand um Hilfe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="121"/>
        <source>Your choices could not be saved on this kiosk. Nothing was sent. Please ask a volunteer.</source>
        <translation>Ihre Angaben konnten auf diesem Gerät nicht gespeichert werden. Es wurde nichts gesendet. Bitten Sie am Stand um Hilfe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="128"/>
        <source>The card could not be read. Take it out and put it in again, chip first and facing up.</source>
        <translation>Die Karte konnte nicht gelesen werden. Nehmen Sie sie heraus und stecken Sie sie erneut hinein, mit dem Chip voran und nach oben.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="135"/>
        <source>This card could not be checked, so its information cannot be used here. Please ask a volunteer.</source>
        <translation>Diese Karte konnte nicht geprüft werden. Die Daten der Karte können hier daher nicht verwendet werden. Bitten Sie am Stand um Hilfe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="143"/>
        <source>The information on this card cannot be used here. Please ask a volunteer.</source>
        <translation>Die Daten auf dieser Karte können hier nicht verwendet werden. Bitten Sie am Stand um Hilfe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="151"/>
        <source>This is not possible at this step.</source>
        <translation>Das ist in diesem Schritt nicht möglich.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="152"/>
        <source>You cannot go back from here.</source>
        <translation>Von hier aus können Sie nicht zurück.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="153"/>
        <source>This language is not available.</source>
        <translation>Diese Sprache ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="154"/>
        <source>Please confirm that this person has registered their own consent.</source>
        <translation>Bitte bestätigen Sie, dass diese Person selbst ihre Einwilligung erteilt hat.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="157"/>
        <source>You cannot be your own trusted person. Please choose someone else.</source>
        <translation>Sie können nicht Ihre eigene Vertrauensperson sein. Bitte wählen Sie jemand anderen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="160"/>
        <source>This person is already on your list.</source>
        <translation>Diese Person steht schon auf Ihrer Liste.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="163"/>
        <source>You cannot add more trusted persons here. You can add more on the website of the Brussels Health Network.</source>
        <translation>Sie können hier keine weiteren Vertrauenspersonen hinzufügen. Das geht auf der Website des Brüsseler Gesundheitsnetzwerks.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="168"/>
        <source>This person is no longer on your list.</source>
        <translation>Diese Person steht nicht mehr auf Ihrer Liste.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="171"/>
        <source>This care provider is already on your list.</source>
        <translation>Dieser Gesundheitsdienstleister steht schon auf Ihrer Liste.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="174"/>
        <source>You cannot add more care providers here. You can add more on the website of the Brussels Health Network.</source>
        <translation>Sie können hier keine weiteren Gesundheitsdienstleister hinzufügen. Das geht auf der Website des Brüsseler Gesundheitsnetzwerks.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="179"/>
        <source>This care provider is no longer on your list.</source>
        <translation>Dieser Gesundheitsdienstleister steht nicht mehr auf Ihrer Liste.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="183"/>
        <source>This identity card has expired. Please use a valid card, or ask a volunteer.</source>
        <translation>Dieser Personalausweis ist abgelaufen. Bitte verwenden Sie einen gültigen Ausweis oder bitten Sie am Stand um Hilfe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="187"/>
        <source>Your card does not show your full date of birth, so your age cannot be checked here. Please ask a volunteer.</source>
        <translation>Auf Ihrer Karte steht nicht Ihr vollständiges Geburtsdatum. Ihr Alter kann hier daher nicht geprüft werden. Bitten Sie am Stand um Hilfe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="192"/>
        <source>Reading the card took too long. Take it out and put it in again, chip first and facing up.</source>
        <translation>Das Lesen der Karte hat zu lange gedauert. Nehmen Sie sie heraus und stecken Sie sie erneut hinein, mit dem Chip voran und nach oben.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="197"/>
        <source>This is not the card you used at the start. Please put your own identity card back in the reader.</source>
        <translation>Das ist nicht die Karte, die Sie am Anfang verwendet haben. Bitte stecken Sie Ihren eigenen Personalausweis wieder in das Lesegerät.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="202"/>
        <source>Your choices could not be saved. Nothing was sent. Please try again, or ask a volunteer.</source>
        <translation>Ihre Angaben konnten nicht gespeichert werden. Es wurde nichts gesendet. Bitte versuchen Sie es erneut oder bitten Sie am Stand um Hilfe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="207"/>
        <source>This card number is not correct. Please check the digits.</source>
        <translation>Diese Kartennummer stimmt nicht. Bitte prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="210"/>
        <source>This card number is not valid. It has 12 digits, or the letter B and 9 digits.</source>
        <translation>Diese Kartennummer ist ungültig. Eine Kartennummer hat 12 Ziffern oder den Buchstaben B und 9 Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="214"/>
        <source>This national number is not valid. It has 11 digits. Please check it.</source>
        <translation>Diese Nationalregisternummer ist ungültig. Eine Nationalregisternummer hat 11 Ziffern. Bitte prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="218"/>
        <source>Please write the name as it is on the identity card.</source>
        <translation>Bitte schreiben Sie den Namen wie auf dem Personalausweis.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="221"/>
        <source>This care provider number is not valid. It has 11 digits.</source>
        <translation>Diese LIKIV-Nummer ist ungültig. Eine LIKIV-Nummer hat 11 Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="224"/>
        <source>This care provider number does not look right. Please check it.</source>
        <translation>Diese LIKIV-Nummer scheint nicht zu stimmen. Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="227"/>
        <source>If you do not agree, no trusted person or care provider can be recorded.</source>
        <translation>Wenn Sie nicht einverstanden sind, können keine Vertrauensperson und kein Gesundheitsdienstleister erfasst werden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="231"/>
        <source>Children under 16 are registered by a parent or a legal representative.</source>
        <translation>Kinder unter 16 Jahren werden von einem Elternteil oder einem gesetzlichen Vertreter angemeldet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="253"/>
        <source>The card reader is not working. Please ask a volunteer.</source>
        <translation>Das Kartenlesegerät funktioniert nicht. Bitten Sie am Stand um Hilfe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="256"/>
        <source>No card reader is connected. Please ask a volunteer.</source>
        <translation>Es ist kein Kartenlesegerät angeschlossen. Bitten Sie am Stand um Hilfe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="259"/>
        <source>There is no card in the reader. Put your identity card in, chip first and facing up.</source>
        <translation>Es steckt keine Karte im Lesegerät. Stecken Sie Ihren Personalausweis hinein, mit dem Chip voran und nach oben.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="263"/>
        <source>This card is not a Belgian identity card (eID). Please use your Belgian eID card.</source>
        <translation>Diese Karte ist kein belgischer Personalausweis (eID). Bitte verwenden Sie Ihre belgische eID-Karte.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="267"/>
        <source>The card was taken out too soon. Put it in again and leave it in until you are told to take it out.</source>
        <translation>Die Karte wurde zu früh herausgenommen. Stecken Sie sie erneut hinein und lassen Sie sie stecken, bis wir Sie bitten, sie herauszunehmen.</translation>
    </message>
</context>
<context>
    <name>NotProvisioned</name>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="91"/>
        <source>This kiosk is not set up yet.</source>
        <translation>Dieses Gerät ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="93"/>
        <source>It cannot register anyone for now. Please come back later or ask a volunteer.</source>
        <translation>Eine Anmeldung ist hier noch nicht möglich. Bitte kommen Sie später wieder oder bitten Sie am Stand um Hilfe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="100"/>
        <source>For the IT person: set it up with this command:</source>
        <extracomment>Addressed to the network&apos;s IT person; the command itself is shown below it.</extracomment>
        <translation>Für die IT-Verantwortlichen: Richten Sie das Gerät mit diesem Befehl ein:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="103"/>
        <source>Missing: {items}</source>
        <translation>Fehlt: {items}</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="214"/>
        <source>Hold down for more accented letters</source>
        <translation>Halten Sie die Taste gedrückt für weitere Buchstaben mit Akzent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="198"/>
        <source>Capital letters</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="199"/>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="200"/>
        <source>Numbers</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="201"/>
        <source>Letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="203"/>
        <source>Erase the last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="204"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="416"/>
        <source>Apostrophe</source>
        <translation>Apostroph</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="418"/>
        <source>Hyphen</source>
        <translation>Bindestrich</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="420"/>
        <source>Full stop</source>
        <translation>Punkt</translation>
    </message>
</context>
<context>
    <name>OperatorAck</name>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="349"/>
        <source>Reading the stick…</source>
        <translation>Der Stick wird gelesen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="364"/>
        <source>{n} submission(s) confirmed. {bad} file(s) refused ({codes}): they changed nothing. Ask the technical support.</source>
        <translation>Bestätigte Übermittlungen: {n}. Abgelehnte Dateien ({codes}): {bad}; sie haben nichts geändert. Wenden Sie sich an den technischen Support.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="373"/>
        <source>{n} submission(s) confirmed by the network and erased from this kiosk. You can take the stick out.</source>
        <translation>Vom Netzwerk bestätigt und von diesem Gerät gelöscht: {n} Übermittlungen. Sie können den Stick abziehen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="381"/>
        <source>This acknowledgement was already read: nothing to change.</source>
        <translation>Diese Empfangsbestätigung wurde schon gelesen: Es ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="387"/>
        <source>The acknowledgement on {drive} is for another kiosk.</source>
        <translation>Die Empfangsbestätigung auf {drive} ist für ein anderes Gerät.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="393"/>
        <source>No acknowledgement file on {drive}.</source>
        <translation>Keine Empfangsbestätigung auf {drive}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="405"/>
        <source>This kiosk has no network key to check acknowledgements. Ask the technical support.</source>
        <translation>Dieses Gerät hat keinen Netzwerkschlüssel, um Empfangsbestätigungen zu prüfen. Wenden Sie sich an den technischen Support.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="414"/>
        <source>Reading the acknowledgement did not work ({code}).</source>
        <translation>Das Lesen der Empfangsbestätigung hat nicht funktioniert ({code}).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="209"/>
        <source>Read acknowledgement from USB</source>
        <translation>Empfangsbestätigung vom USB-Stick lesen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="211"/>
        <source>Choose the USB stick with the network&apos;s acknowledgement. The submissions it confirms are erased from this kiosk; the others stay queued.</source>
        <translation>Wählen Sie den USB-Stick mit der Empfangsbestätigung des Netzwerks. Die bestätigten Übermittlungen werden von diesem Gerät gelöscht; die anderen bleiben in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>OperatorConfirm</name>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="129"/>
        <source>Start demonstration mode?</source>
        <translation>Demonstrationsmodus starten?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="130"/>
        <source>The kiosk will use specimen cards only. Nothing is saved or sent until demonstration mode is stopped.</source>
        <translation>Das Gerät verwendet dann nur Musterkarten. Bis der Demonstrationsmodus beendet wird, wird nichts gespeichert oder gesendet.</translation>
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
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="140"/>
        <source>Stop demonstration mode?</source>
        <translation>Demonstrationsmodus beenden?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="141"/>
        <source>The kiosk will read real eID cards and save real choices again.</source>
        <translation>Das Gerät liest dann wieder echte eID-Karten und speichert echte Angaben.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="145"/>
        <source>Yes, stop it</source>
        <translation>Ja, beenden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="159"/>
        <source>Close the kiosk program?</source>
        <translation>Das Programm des Geräts beenden?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="160"/>
        <source>Visitors cannot enrol until the kiosk is started again. Submissions waiting to be sent are kept.</source>
        <translation>Besucher können sich erst wieder anmelden, wenn das Gerät neu gestartet ist. Übermittlungen, die noch gesendet werden müssen, bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="165"/>
        <source>Yes, close it</source>
        <translation>Ja, beenden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="217"/>
        <source>Send this submission again?</source>
        <translation>Diese Übermittlung erneut senden?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="218"/>
        <source>Reference {reference} goes back into the queue and is sent again.</source>
        <translation>Referenz {reference} kommt zurück in die Warteschlange und wird erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="222"/>
        <source>Yes, send it again</source>
        <translation>Ja, erneut senden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="227"/>
        <source>Discard this submission?</source>
        <translation>Diese Übermittlung verwerfen?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="228"/>
        <source>Reference {reference} will never reach the network and cannot be recovered. The visitor will have to enrol again.</source>
        <translation>Referenz {reference} wird das Netzwerk nie erreichen und kann nicht wiederhergestellt werden. Die Person muss sich erneut anmelden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="233"/>
        <source>Yes, discard it</source>
        <translation>Ja, verwerfen</translation>
    </message>
</context>
<context>
    <name>OperatorExport</name>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="169"/>
        <source>{name} ({free} GB free)</source>
        <translation>{name} ({free} GB frei)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="173"/>
        <source>{name} ({free} MB free)</source>
        <translation>{name} ({free} MB frei)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="183"/>
        <source>Export to a USB stick</source>
        <translation>Auf einen USB-Stick exportieren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="185"/>
        <source>Choose the USB stick. The file is encrypted for the network: nobody else can read it. The submissions stay in the kiosk until the network confirms them.</source>
        <translation>Wählen Sie den USB-Stick. Die Datei ist für das Netzwerk verschlüsselt: Niemand sonst kann sie lesen. Die Übermittlungen bleiben im Gerät, bis das Netzwerk sie bestätigt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="192"/>
        <source>No USB stick found. Insert one, wait a moment, then tap &quot;Look again&quot;.</source>
        <translation>Kein USB-Stick gefunden. Stecken Sie einen ein, warten Sie kurz und tippen Sie dann auf „Erneut suchen“.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="197"/>
        <source>Back to the panel</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="198"/>
        <source>Look again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="290"/>
        <source>Writing the file…</source>
        <translation>Die Datei wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="303"/>
        <source>Nothing to export: no submission is waiting.</source>
        <translation>Nichts zu exportieren: Es wartet keine Übermittlung.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="308"/>
        <source>{n} submission(s) saved on {drive}. You can take the stick out.</source>
        <translation>Auf {drive} gespeicherte Übermittlungen: {n}. Sie können den Stick abziehen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="319"/>
        <source>This kiosk has no network key for exports. Ask the technical support.</source>
        <translation>Dieses Gerät hat keinen Netzwerkschlüssel für Exporte. Wenden Sie sich an den technischen Support.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="323"/>
        <source>The USB stick is full. Use another one.</source>
        <translation>Der USB-Stick ist voll. Verwenden Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="326"/>
        <source>The USB stick cannot be written to. Use another one.</source>
        <translation>Auf den USB-Stick kann nicht geschrieben werden. Verwenden Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="333"/>
        <source>The export did not work ({code}).</source>
        <translation>Der Export hat nicht funktioniert ({code}).</translation>
    </message>
</context>
<context>
    <name>OperatorLanguage</name>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="229"/>
        <source>Language for new visitors</source>
        <translation>Sprache für neue Besucher</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="231"/>
        <source>Each new visitor first sees the kiosk in this language and can change it.</source>
        <translation>Jeder neue Besucher sieht das Gerät zuerst in dieser Sprache und kann sie ändern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="236"/>
        <source>Back to the panel</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
</context>
<context>
    <name>OperatorLocked</name>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="178"/>
        <source>Time left: {time}</source>
        <translation>Verbleibende Zeit: {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="182"/>
        <source>The volunteer panel is locked</source>
        <translation>Der Bereich für das Team am Stand ist gesperrt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="184"/>
        <source>Too many wrong PINs. You can try again when this time has passed.</source>
        <translation>Zu oft eine falsche PIN. Sie können es erneut versuchen, wenn diese Zeit abgelaufen ist.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="189"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="169"/>
        <source>The PIN is set. Keep it among the volunteers.</source>
        <translation>Die PIN ist festgelegt. Geben Sie sie nur an das Team am Stand weiter.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="197"/>
        <source>The PIN has been changed.</source>
        <translation>Die PIN wurde geändert.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="74"/>
        <source>Sending started. The figures update in a moment.</source>
        <translation>Der Versand hat begonnen. Die Zahlen werden gleich aktualisiert.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="80"/>
        <source>The queue is not open: nothing can be sent.</source>
        <translation>Die Warteschlange ist nicht geöffnet: Es kann nichts gesendet werden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="92"/>
        <source>Today&apos;s figures could not be queued: is the queue open?</source>
        <translation>Die Zahlen von heute konnten nicht in die Warteschlange: ist die Warteschlange offen?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="99"/>
        <source>Today&apos;s figures are queued to be sent.</source>
        <translation>Die Zahlen von heute warten auf den Versand.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="192"/>
        <source>New visitors will start in {language}.</source>
        <translation>Sprache für neue Besucher: {language}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="446"/>
        <source>The queue is unlocked. Choices can be saved again.</source>
        <translation>Die Warteschlange ist entsperrt. Angaben können wieder gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="45"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="48"/>
        <source>today at {time}</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="146"/>
        <source>Visits in the last 7 days (darker: consents given)</source>
        <translation>Besuche der letzten 7 Tage (dunkler: erteilte Einwilligungen)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="160"/>
        <source>queue locked</source>
        <translation>Warteschlange gesperrt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="162"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="170"/>
        <source>Waiting to be sent</source>
        <translation>Warten auf Versand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="175"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="179"/>
        <source>Refused by the network</source>
        <translation>Vom Netzwerk abgelehnt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="185"/>
        <source>Discarded by a volunteer</source>
        <translation>Vom Team am Stand verworfen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="191"/>
        <location filename="../kiosk/ui/operator/panel.py" line="218"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="195"/>
        <source>Oldest waiting for</source>
        <translation>Älteste wartet seit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="201"/>
        <source>Waiting longer than {days} days</source>
        <translation>Wartet länger als {days} Tage</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="207"/>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="212"/>
        <source>the network&apos;s server does not answer</source>
        <translation>der Server des Netzwerks antwortet nicht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="217"/>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="223"/>
        <source>Card reader</source>
        <translation>Lesegerät</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="228"/>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="229"/>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="230"/>
        <location filename="../kiosk/ui/operator/panel.py" line="266"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="233"/>
        <source>not used in demonstration mode</source>
        <translation>im Demonstrationsmodus nicht genutzt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="236"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="243"/>
        <source>Enrolments today at this stand</source>
        <translation>Heute hier angemeldet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="244"/>
        <source>{n} (consent given: {given}, refused: {refused})</source>
        <translation>{n} (eingewilligt: {given}, abgelehnt: {refused})</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="250"/>
        <source>Today, demonstrations apart</source>
        <translation>Heute, separat gezählt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="251"/>
        <source>{demo} demo, {failed} not saved</source>
        <translation>Demo: {demo}, Fehler: {failed}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="259"/>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="260"/>
        <source>smart card service stopped</source>
        <translation>Chipkartendienst gestoppt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="261"/>
        <source>not connected</source>
        <translation>nicht angeschlossen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="262"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="263"/>
        <source>a card is in the reader</source>
        <translation>eine Karte steckt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="264"/>
        <source>reading a card</source>
        <translation>liest eine Karte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="269"/>
        <source>Volunteer panel</source>
        <translation>Bereich für das Team am Stand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="271"/>
        <source>Demonstration mode: specimen cards, nothing is sent.</source>
        <translation>Demonstrationsmodus: Musterkarten, es wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="273"/>
        <source>Only volunteers may use this panel. Close it before a visitor comes.</source>
        <translation>Nur das Team am Stand darf diesen Bereich benutzen. Schließen Sie ihn, bevor Besucher kommen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="281"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="282"/>
        <source>Send today&apos;s figures</source>
        <translation>Zahlen von heute senden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="283"/>
        <source>Export to a USB stick</source>
        <translation>Auf einen USB-Stick exportieren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="284"/>
        <source>Read acknowledgement from USB</source>
        <translation>Empfangsbestätigung vom USB-Stick lesen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="285"/>
        <source>Refused submissions: {n}</source>
        <translation>Abgelehnte Übermittlungen: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="286"/>
        <source>Stop demonstration mode</source>
        <translation>Demonstrationsmodus beenden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="288"/>
        <source>Start demonstration mode</source>
        <translation>Demonstrationsmodus starten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="289"/>
        <source>Language for new visitors</source>
        <translation>Sprache für neue Besucher</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="290"/>
        <source>Unlock the queue</source>
        <translation>Warteschlange entsperren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="291"/>
        <source>Change the PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="292"/>
        <source>Close the kiosk program</source>
        <translation>Programm des Geräts beenden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="302"/>
        <source>Close the panel</source>
        <translation>Bereich schließen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="31"/>
        <source>{s} s</source>
        <translation>{s} Sek.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="33"/>
        <source>{m} min</source>
        <translation>{m} Min.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="35"/>
        <source>{h} h {m} min</source>
        <translation>{h} Std. {m} Min.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="38"/>
        <source>{d} d {h} h</source>
        <translation>{d} Tg. {h} Std.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/week_chart.py" line="62"/>
        <source>{day}: {visits} visits, {given} consents given</source>
        <translation>{day}: {visits} Besuche, {given} Einwilligungen erteilt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/week_chart.py" line="71"/>
        <source>Visits in the last 7 days</source>
        <translation>Besuche der letzten 7 Tage</translation>
    </message>
</context>
<context>
    <name>OperatorPassphrase</name>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="281"/>
        <source>Use at least {n} characters.</source>
        <translation>Verwenden Sie mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="290"/>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="300"/>
        <source>Unlock the queue</source>
        <translation>Warteschlange entsperren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="302"/>
        <source>Choose the queue passphrase and type it twice. Volunteers will need it each time the kiosk starts: keep it safe.</source>
        <translation>Wählen Sie die Passphrase der Warteschlange und geben Sie sie zweimal ein. Das Team am Stand braucht sie bei jedem Start des Geräts: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="308"/>
        <source>Type the queue passphrase chosen when this kiosk was set up. Until then, choices cannot be saved.</source>
        <translation>Geben Sie die Passphrase der Warteschlange ein, die bei der Einrichtung dieses Geräts gewählt wurde. Bis dahin können keine Angaben gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="314"/>
        <location filename="../kiosk/ui/operator/actions.py" line="315"/>
        <source>Queue passphrase</source>
        <translation>Passphrase der Warteschlange</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="316"/>
        <location filename="../kiosk/ui/operator/actions.py" line="317"/>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="318"/>
        <source>Back to the panel</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="319"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="433"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="455"/>
        <source>Wrong passphrase. Type it again.</source>
        <translation>Falsche Passphrase. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="460"/>
        <source>The queue could not be unlocked ({code}).</source>
        <translation>Die Warteschlange konnte nicht entsperrt werden ({code}).</translation>
    </message>
</context>
<context>
    <name>OperatorPin</name>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="201"/>
        <source>The PIN file of this kiosk is damaged: ask the technical support.</source>
        <translation>Die PIN-Datei dieses Geräts ist beschädigt: Wenden Sie sich an den technischen Support.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="124"/>
        <source>Wrong PIN. Tries left before a pause: {n}</source>
        <translation>Falsche PIN. Verbleibende Versuche vor einer Pause: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="153"/>
        <source>The two PINs differ. Choose the new PIN again.</source>
        <translation>Die beiden PINs stimmen nicht überein. Wählen Sie die neue PIN noch einmal.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="189"/>
        <source>The current PIN was wrong. The PIN was not changed.</source>
        <translation>Die aktuelle PIN war falsch. Die PIN wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="207"/>
        <source>Storage problem: the kiosk cannot save to its disk, so the PIN cannot be checked. Ask the technical support.</source>
        <translation>Speicherproblem: Das Gerät kann nicht auf seine Festplatte schreiben, daher kann die PIN nicht geprüft werden. Wenden Sie sich an den technischen Support.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="212"/>
        <source>The operator PIN of this kiosk is locked: ask the network&apos;s IT person to reset the operator PIN (kiosk provision).</source>
        <translation>Die PIN dieses Geräts ist gesperrt: Bitten Sie die IT-Verantwortlichen des Netzwerks, die PIN zurückzusetzen (kiosk provision).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="217"/>
        <source>Unlock the queue with its passphrase first, then change the PIN.</source>
        <translation>Entsperren Sie zuerst die Warteschlange mit ihrer Passphrase und ändern Sie dann die PIN.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="220"/>
        <source>This kiosk is not set up yet: the network&apos;s IT person sets the operator PIN (kiosk provision).</source>
        <translation>Dieses Gerät ist noch nicht eingerichtet: Die IT-Verantwortlichen des Netzwerks legen die PIN fest (kiosk provision).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="236"/>
        <source>A PIN has 6 to 12 digits.</source>
        <translation>Eine PIN hat 6 bis 12 Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="237"/>
        <source>This PIN is too easy to guess (repeated or consecutive digits). Choose another.</source>
        <translation>Diese PIN ist zu leicht zu erraten (wiederholte oder aufeinanderfolgende Ziffern). Wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="91"/>
        <source>Volunteer panel</source>
        <translation>Bereich für das Team am Stand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="92"/>
        <source>Choose the volunteer PIN</source>
        <translation>PIN für das Team am Stand wählen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="93"/>
        <location filename="../kiosk/ui/operator/pin_views.py" line="94"/>
        <source>Change the volunteer PIN</source>
        <translation>PIN für das Team am Stand ändern</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="95"/>
        <source>Type the new PIN again</source>
        <translation>Neue PIN noch einmal eingeben</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="98"/>
        <source>Type the volunteer PIN.</source>
        <translation>Geben Sie die PIN für das Team am Stand ein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="99"/>
        <source>No PIN has been chosen yet. Choose 6 to 12 digits that are hard to guess.</source>
        <translation>Es wurde noch keine PIN gewählt. Wählen Sie 6 bis 12 Ziffern, die schwer zu erraten sind.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="103"/>
        <source>First type the current PIN.</source>
        <translation>Geben Sie zuerst die aktuelle PIN ein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="104"/>
        <source>Now type the new PIN: 6 to 12 digits, hard to guess.</source>
        <translation>Geben Sie jetzt die neue PIN ein: 6 bis 12 Ziffern, schwer zu erraten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="105"/>
        <source>Type the same PIN once more, to be sure.</source>
        <translation>Geben Sie dieselbe PIN zur Sicherheit noch einmal ein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="109"/>
        <source>PIN (the digits are hidden)</source>
        <translation>PIN (die Ziffern sind verborgen)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="110"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <translation>Es gibt keine abgelehnten Übermittlungen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="83"/>
        <source>Reference {reference}</source>
        <translation>Referenz {reference}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="88"/>
        <source>Refused on {date}: {reason}</source>
        <translation>Abgelehnt am {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="96"/>
        <source>Demonstration</source>
        <translation>Demonstration</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="101"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="104"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="112"/>
        <source>Submissions refused by the network</source>
        <translation>Vom Netzwerk abgelehnte Übermittlungen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="114"/>
        <source>Send one again once the cause is fixed, or discard it. The visitor can be found by the reference on their receipt.</source>
        <translation>Senden Sie eine Übermittlung erneut, sobald die Ursache behoben ist, oder verwerfen Sie sie. Die Person lässt sich über die Referenz auf ihrem Beleg finden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="120"/>
        <source>Back to the panel</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="253"/>
        <source>That did not work ({code}).</source>
        <translation>Das hat nicht funktioniert ({code}).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="260"/>
        <source>Reference {reference} is queued again.</source>
        <translation>Referenz {reference} ist wieder in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="266"/>
        <source>Reference {reference} was discarded.</source>
        <translation>Referenz {reference} wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="89"/>
        <source>I understand, continue</source>
        <translation>Verstanden, weiter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="95"/>
        <source>Before we read your card</source>
        <translation>Bevor wir Ihre Karte lesen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="96"/>
        <source>What we read from your card</source>
        <translation>Was wir von Ihrer Karte lesen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="152"/>
        <source>Your names and national number</source>
        <translation>Ihr Name, Ihre Vornamen und Ihre Nationalregisternummer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="164"/>
        <source>The number of your identity card</source>
        <translation>Die Nummer Ihres Personalausweises</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="168"/>
        <source>The card&apos;s electronic signatures, to check that it is genuine. They are not sent.</source>
        <translation>Die elektronischen Signaturen der Karte, um ihre Echtheit zu prüfen. Sie werden nicht übermittelt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="173"/>
        <source>Your photo, only to show it on this screen. It is never stored or sent.</source>
        <translation>Ihr Foto, nur um es auf diesem Bildschirm zu zeigen. Es wird nie gespeichert oder gesendet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="101"/>
        <source>Not your photo.</source>
        <translation>Nicht Ihr Foto.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="155"/>
        <source>Your date of birth, only to check that you are 16 or older</source>
        <translation>Ihr Geburtsdatum, nur um zu prüfen, ob Sie mindestens 16 Jahre alt sind</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="178"/>
        <source>The language you chose</source>
        <translation>Die Sprache, die Sie gewählt haben</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="179"/>
        <source>Your decision on the informed consent</source>
        <translation>Ihre Entscheidung zur aufgeklärten Einwilligung</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="182"/>
        <source>Your trusted persons: names, national number and card number</source>
        <translation>Ihre Vertrauenspersonen: Name, Vornamen, Nationalregisternummer und Kartennummer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="185"/>
        <source>The care providers you exclude: NIHII number and name</source>
        <translation>Die Gesundheitsdienstleister, die Sie ausschließen: LIKIV-Nummer und Name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="188"/>
        <source>The number of your identity card, as proof that it was read</source>
        <translation>Die Nummer Ihres Personalausweises, als Nachweis, dass er gelesen wurde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="177"/>
        <source>We do not read your address.</source>
        <translation>Ihre Adresse lesen wir nicht.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="108"/>
        <source>What we send to the Brussels Health Network</source>
        <translation>Was wir an das Brüsseler Gesundheitsnetzwerk senden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="113"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="115"/>
        <source>To register your choice with the Brussels Health Network (Abrumet), which is responsible for this data.</source>
        <translation>Um Ihre Entscheidung dem Brüsseler Gesundheitsnetzwerk (Abrumet) zu melden, das für diese Daten verantwortlich ist.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="120"/>
        <source>Your national number is used only for this registration.</source>
        <translation>Ihre Nationalregisternummer wird nur für diese Registrierung verwendet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="121"/>
        <source>Nothing is used for anything else.</source>
        <translation>Nichts wird für etwas anderes verwendet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="125"/>
        <source>Afterwards</source>
        <translation>Danach</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="127"/>
        <source>Your choices are kept encrypted on this kiosk until they are sent, then deleted. Nothing stays on the screen when you leave.</source>
        <translation>Ihre Angaben bleiben verschlüsselt hier, bis sie gesendet sind, und werden dann gelöscht. Auf dem Bildschirm bleibt nichts zurück.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="132"/>
        <source>Questions about your data: dpo@abrumet.be</source>
        <translation>Fragen zu Ihren Daten: dpo@abrumet.be</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="133"/>
        <source>You may also complain to the Data Protection Authority.</source>
        <translation>Sie können sich auch bei der Datenschutzbehörde beschweren.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="159"/>
        <source>Whether your card mentions a white or yellow cane or a legal representative, only for this visit. It is never stored or sent.</source>
        <translation>Ob Ihre Karte einen weißen oder gelben Stock oder einen gesetzlichen Vertreter vermerkt, nur für diesen Besuch. Das wird nie gespeichert oder gesendet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="191"/>
        <source>The date, the time, this stand and this kiosk</source>
        <translation>Das Datum, die Uhrzeit, dieser Stand und dieses Gerät</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="194"/>
        <source>Whether your card proved that it is genuine</source>
        <translation>Ob Ihre Karte nachgewiesen hat, dass sie echt ist</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="199"/>
        <source>The card&apos;s electronic signatures, to check that it is genuine. They are sent too, so that the network can check your card itself.</source>
        <translation>Die elektronischen Signaturen der Karte, um zu prüfen, dass sie echt ist. Sie werden ebenfalls gesendet, damit das Netzwerk Ihre Karte selbst prüfen kann.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="205"/>
        <source>Your date of birth, to check that you are 16 or older. It is sent only inside the signed copy of your card&apos;s identity file.</source>
        <translation>Ihr Geburtsdatum, um zu prüfen, dass Sie 16 Jahre oder älter sind. Es wird nur in der signierten Kopie der Identitätsdatei Ihrer Karte gesendet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="212"/>
        <source>Whether your card mentions a white or yellow cane or a legal representative, only for this visit. It is sent only inside the signed copy of your card&apos;s identity file.</source>
        <translation>Ob Ihre Karte einen weißen oder gelben Stock oder einen gesetzlichen Vertreter vermerkt, nur für diesen Besuch. Das wird nur in der signierten Kopie der Identitätsdatei Ihrer Karte gesendet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="222"/>
        <source>A signed copy of your card&apos;s identity file (it also holds your date and place of birth, gender, nationality, the card&apos;s dates and any mention of a white or yellow cane), its signatures and certificate, so that the network can check your card itself. Not your address, not your photo.</source>
        <translation>Eine signierte Kopie der Identitätsdatei Ihrer Karte (sie enthält auch Geburtsdatum und -ort, Geschlecht, Staatsangehörigkeit, die Daten der Karte und einen etwaigen Vermerk eines weißen oder gelben Stocks), ihre Signaturen und ihr Zertifikat, damit das Netzwerk Ihre Karte selbst prüfen kann. Nicht Ihre Adresse, nicht Ihr Foto.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="113"/>
        <source>Ticked.</source>
        <translation>Angekreuzt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="114"/>
        <source>Not ticked.</source>
        <translation>Nicht angekreuzt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="339"/>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="342"/>
        <source>Reads the page aloud. Shortcut: F2.</source>
        <translation>Liest die Seite vor. Tastenkürzel: F2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="344"/>
        <source>Read my details aloud</source>
        <translation>Meine Angaben vorlesen</translation>
    </message>
</context>
<context>
    <name>RefusalPage</name>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="75"/>
        <source>You do not agree to share your health data</source>
        <translation>Sie sind mit dem Austausch Ihrer Gesundheitsdaten nicht einverstanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="76"/>
        <source>That is your right.</source>
        <translation>Das ist Ihr Recht.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="77"/>
        <source>Your care stays exactly the same.</source>
        <translation>Ihre Behandlung bleibt genau gleich.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="79"/>
        <source>Your care providers will go on treating you as before; they just cannot share your health data with each other electronically.</source>
        <translation>Ihre Gesundheitsdienstleister behandeln Sie weiter wie bisher. Nur können sie Ihre Gesundheitsdaten nicht elektronisch untereinander austauschen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="86"/>
        <source>If you change your mind, you can give your consent later, with your doctor or pharmacist, or on the network&apos;s website.</source>
        <translation>Wenn Sie es sich anders überlegen, können Sie Ihre Einwilligung später erteilen: bei Ihrem Arzt, in Ihrer Apotheke oder auf der Website des Netzwerks.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="92"/>
        <source>Do you confirm that you do not agree?</source>
        <translation>Bestätigen Sie, dass Sie nicht einverstanden sind?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="93"/>
        <source>No, go back</source>
        <translation>Nein, zurück</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="94"/>
        <source>Yes, I confirm</source>
        <translation>Ja, ich bestätige</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="98"/>
        <source>Returns to the question about sharing your health data.</source>
        <translation>Zurück zur Frage zum Austausch Ihrer Gesundheitsdaten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="101"/>
        <source>Records that you do not agree. You can check it before it is sent.</source>
        <translation>Hält fest, dass Sie nicht einverstanden sind. Sie können das vor dem Senden prüfen.</translation>
    </message>
</context>
<context>
    <name>RemovableRow</name>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="85"/>
        <source>Remove {name}?</source>
        <translation>{name} entfernen?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="88"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="90"/>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="92"/>
        <source>Yes, remove</source>
        <translation>Ja, entfernen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="93"/>
        <source>No, keep</source>
        <translation>Nein, behalten</translation>
    </message>
</context>
<context>
    <name>RepresentationPage</name>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="55"/>
        <source>Back to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="29"/>
        <source>A legal representative acts for the holder of this card</source>
        <translation>Für die Person mit dieser Karte handelt ein gesetzlicher Vertreter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="32"/>
        <source>This card says that a legal representative, such as an administrator, acts for its holder. That representative registers the consent for them: it cannot be done at this kiosk.</source>
        <translation>Laut dieser Karte handelt ein gesetzlicher Vertreter, zum Beispiel ein Verwalter, für die Person, der sie gehört. Dieser Vertreter erteilt die Einwilligung in ihrem Namen: An diesem Gerät ist das nicht möglich.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="38"/>
        <source>The representative can do it:</source>
        <translation>Der Vertreter kann das tun:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="40"/>
        <source>with the family doctor,</source>
        <translation>beim Hausarzt,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="41"/>
        <source>at the admissions desk of a hospital,</source>
        <translation>an der Aufnahme eines Krankenhauses,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="42"/>
        <source>at the health insurance fund (mutuality),</source>
        <translation>bei der Krankenkasse,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="43"/>
        <source>or with the Brussels Health Network: its “third party registration” form, signed, with a copy of both identity cards.</source>
        <translation>oder beim Brüsseler Gesundheitsnetzwerk: mit dessen unterschriebenem Formular zur Anmeldung durch Dritte und einer Kopie beider Personalausweise.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="49"/>
        <source>Do you have a question? A volunteer at the stand will gladly help.</source>
        <translation>Haben Sie eine Frage? Am Stand hilft man Ihnen gern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="53"/>
        <source>Please take the card out of the reader.</source>
        <translation>Bitte nehmen Sie die Karte aus dem Lesegerät.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="54"/>
        <source>Nothing from this card has been kept.</source>
        <translation>Von dieser Karte wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="130"/>
        <source>Confirm and send</source>
        <translation>Bestätigen und senden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="136"/>
        <source>Please check your choices</source>
        <translation>Bitte prüfen Sie Ihre Angaben</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="138"/>
        <source>This is what will be sent to the health network.</source>
        <translation>Das wird an das Gesundheitsnetzwerk gesendet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="140"/>
        <source>You</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="141"/>
        <source>Your choice</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="142"/>
        <source>Trusted persons</source>
        <translation>Vertrauenspersonen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="143"/>
        <source>Excluded care providers</source>
        <translation>Ausgeschlossene Gesundheitsdienstleister</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="145"/>
        <source>When you confirm, your choices are encrypted and sent to the Brussels Health Network. If the network cannot be reached right now, this kiosk keeps them safely and sends them later.</source>
        <translation>Wenn Sie bestätigen, werden Ihre Angaben verschlüsselt und an das Brüsseler Gesundheitsnetzwerk gesendet. Ist das Netzwerk gerade nicht erreichbar, bewahrt dieses Gerät sie sicher auf und sendet sie später.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="173"/>
        <source>National number: {number}</source>
        <translation>Nationalregisternummer: {number}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="181"/>
        <source>You agree to share your health data.</source>
        <translation>Sie sind mit dem Austausch Ihrer Gesundheitsdaten einverstanden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="183"/>
        <source>You do not agree to share your health data.</source>
        <translation>Sie sind mit dem Austausch Ihrer Gesundheitsdaten nicht einverstanden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="186"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="204"/>
        <source>Trusted persons: none</source>
        <translation>Vertrauenspersonen: keine</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="205"/>
        <source>Trusted persons: {n}</source>
        <translation>Vertrauenspersonen: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="210"/>
        <source>Excluded care providers: none</source>
        <translation>Ausgeschlossene Gesundheitsdienstleister: keine</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="211"/>
        <source>Excluded care providers: {n}</source>
        <translation>Ausgeschlossene Gesundheitsdienstleister: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="219"/>
        <source>{name}, national number {number}</source>
        <translation>{name}, Nationalregisternummer {number}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="228"/>
        <source>NIHII {number}</source>
        <translation>LIKIV {number}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="229"/>
        <source>{name}, NIHII {number}</source>
        <translation>{name}, LIKIV {number}</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="78"/>
        <source>Choices cannot be saved: please ask a volunteer</source>
        <translation>Speichern nicht möglich: bitte am Stand fragen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="81"/>
        <source>Network: checking</source>
        <translation>Netzwerk: wird geprüft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="83"/>
        <source>Sending paused: please ask a volunteer</source>
        <translation>Senden angehalten: bitte am Stand fragen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="86"/>
        <source>Storage problem: please ask a volunteer</source>
        <translation>Speicherproblem: bitte am Stand fragen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="89"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="91"/>
        <source>Network: connected</source>
        <translation>Netzwerk: verbunden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="93"/>
        <source>No network: choices are kept safely and sent later</source>
        <translation>Kein Netzwerk: Angaben sicher gespeichert, Versand später</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="102"/>
        <source>Need a volunteer: {n}</source>
        <translation>Helfer am Stand nötig: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="105"/>
        <source>Waiting to be sent: {n}</source>
        <translation>Warten auf Versand: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="111"/>
        <source>Card reader: starting</source>
        <translation>Lesegerät: wird gestartet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="112"/>
        <source>Card reader not working</source>
        <translation>Lesegerät funktioniert nicht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="113"/>
        <source>No card reader connected</source>
        <translation>Kein Lesegerät angeschlossen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="114"/>
        <source>Card reader ready</source>
        <translation>Lesegerät bereit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="115"/>
        <source>Card in the reader</source>
        <translation>Karte im Lesegerät</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="116"/>
        <source>Reading the card</source>
        <translation>Karte wird gelesen</translation>
    </message>
</context>
<context>
    <name>StillTherePage</name>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="71"/>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="73"/>
        <source>For your privacy, the kiosk will erase what you entered and start again when the countdown reaches zero.</source>
        <translation>Zum Schutz Ihrer Privatsphäre löscht das Gerät Ihre Eingaben und beginnt von vorn, sobald die Zeit abgelaufen ist.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="79"/>
        <source>I am still here</source>
        <translation>Ich bin noch da</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="100"/>
        <location filename="../kiosk/ui/read_aloud.py" line="265"/>
        <source>Seconds left: {n}</source>
        <translation>Verbleibende Sekunden: {n}</translation>
    </message>
</context>
<context>
    <name>SubmitErrorPage</name>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="47"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="53"/>
        <source>We could not save your choices just now</source>
        <translation>Wir konnten Ihre Angaben gerade nicht speichern</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="55"/>
        <source>Nothing is lost: your choices are still here.</source>
        <translation>Nichts ist verloren: Ihre Angaben sind noch da.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="57"/>
        <source>Please try again.</source>
        <translation>Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="59"/>
        <source>If it still does not work, please ask a volunteer for help.</source>
        <translation>Wenn es immer noch nicht klappt, bitten Sie am Stand um Hilfe.</translation>
    </message>
</context>
<context>
    <name>SwapPage</name>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="209"/>
        <source>Take your card out of the reader</source>
        <translation>Nehmen Sie Ihre Karte aus dem Lesegerät</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="210"/>
        <source>Then we will read your trusted person&apos;s card. Your answers so far are kept.</source>
        <translation>Danach lesen wir die Karte Ihrer Vertrauensperson. Ihre bisherigen Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="217"/>
        <source>Put your trusted person&apos;s card in the reader</source>
        <translation>Stecken Sie die Karte Ihrer Vertrauensperson hinein</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="218"/>
        <source>Chip first, and leave it in until we say so.</source>
        <translation>Mit dem Chip voran. Lassen Sie sie stecken, bis wir es sagen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="222"/>
        <source>Reading the card…</source>
        <translation>Die Karte wird gelesen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="223"/>
        <source>This takes a few seconds. Please leave the card in.</source>
        <translation>Das dauert einige Sekunden. Bitte lassen Sie die Karte stecken.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="227"/>
        <source>Is this your trusted person?</source>
        <translation>Ist das Ihre Vertrauensperson?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="228"/>
        <source>If it is, tick the box and tap “Yes, add this person”.</source>
        <translation>Wenn ja, setzen Sie das Häkchen und tippen Sie auf „Ja, diese Person hinzufügen“.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="234"/>
        <source>Take their card out of the reader</source>
        <translation>Nehmen Sie diese Karte aus dem Lesegerät</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="235"/>
        <source>Give it back to them. Then we need your own card again.</source>
        <translation>Geben Sie sie Ihrer Vertrauensperson zurück. Danach brauchen wir wieder Ihre eigene Karte.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="238"/>
        <source>Put your own card back in the reader</source>
        <translation>Stecken Sie Ihre eigene Karte wieder hinein</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="239"/>
        <source>We check that it is you, so that your answers stay safe.</source>
        <translation>Wir prüfen, ob Sie es sind, damit Ihre Antworten geschützt bleiben.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="247"/>
        <source>This is your own card</source>
        <translation>Das ist Ihre eigene Karte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="248"/>
        <source>Take your card out and put in your trusted person&apos;s card.</source>
        <translation>Nehmen Sie Ihre Karte heraus und stecken Sie die Karte Ihrer Vertrauensperson hinein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="252"/>
        <source>This person is already on your list</source>
        <translation>Diese Person steht schon auf Ihrer Liste</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="253"/>
        <source>Take this card out. You can put in another person&apos;s card, or stop adding.</source>
        <translation>Nehmen Sie diese Karte heraus. Sie können die Karte einer anderen Person hineinstecken oder das Hinzufügen beenden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="259"/>
        <source>This is not the card you started with</source>
        <translation>Das ist nicht die Karte vom Anfang</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="260"/>
        <source>This card has expired</source>
        <translation>Diese Karte ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="261"/>
        <source>The card came out too soon</source>
        <translation>Die Karte wurde zu früh herausgenommen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="262"/>
        <source>This is not a Belgian eID card</source>
        <translation>Das ist keine belgische eID-Karte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="264"/>
        <source>The card could not be used</source>
        <translation>Die Karte konnte nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="354"/>
        <source>Yes, add this person</source>
        <translation>Ja, diese Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="358"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="377"/>
        <source>Step {number} of {total}</source>
        <translation>Schritt {number} von {total}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="386"/>
        <source>I confirm that this person has registered their own informed consent.</source>
        <translation>Ich bestätige: Die Person hat ihre aufgeklärte Einwilligung erteilt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="393"/>
        <source>Not registered yet? They can register at this kiosk too. You can add them afterwards.</source>
        <translation>Noch keine Einwilligung erteilt? Das geht auch an diesem Gerät. Danach können Sie die Person hinzufügen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="400"/>
        <source>No, do not add this person</source>
        <translation>Nein, diese Person nicht hinzufügen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="402"/>
        <source>Stop adding a trusted person</source>
        <translation>Keine Vertrauensperson hinzufügen</translation>
    </message>
</context>
<context>
    <name>TrustedPage</name>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="43"/>
        <source>Please type their surname.</source>
        <translation>Bitte geben Sie den Nachnamen ein.</translation>
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
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="218"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="224"/>
        <source>A trusted person (optional)</source>
        <translation>Eine Vertrauensperson (freiwillig)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="226"/>
        <source>A trusted person helps you manage your shared health record, for example a relative or a friend. You stay the one who decides. Your trusted person must have registered their own informed consent too.</source>
        <translation>Eine Vertrauensperson hilft Ihnen, Ihre gemeinsam genutzte Gesundheitsakte zu verwalten, zum Beispiel ein Angehöriger oder ein Freund. Sie entscheiden weiterhin selbst. Ihre Vertrauensperson muss auch selbst ihre aufgeklärte Einwilligung erteilt haben.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="233"/>
        <source>Your trusted persons</source>
        <translation>Ihre Vertrauenspersonen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="234"/>
        <source>You have not named anyone yet.</source>
        <translation>Sie haben noch niemanden benannt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="235"/>
        <source>Add a trusted person</source>
        <translation>Vertrauensperson hinzufügen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="236"/>
        <source>Read their eID card</source>
        <translation>Die eID-Karte lesen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="237"/>
        <source>Their card must be here with you.</source>
        <translation>Die Karte muss hier bei Ihnen sein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="238"/>
        <source>Type their details</source>
        <translation>Daten eingeben</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="240"/>
        <source>You need their national number and their card number.</source>
        <translation>Nötig: Nationalregisternummer und Kartennummer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="243"/>
        <source>You cannot add more trusted persons here. You can add more on the website of the Brussels Health Network.</source>
        <translation>Sie können hier keine weiteren Vertrauenspersonen hinzufügen. Das geht auf der Website des Brüsseler Gesundheitsnetzwerks.</translation>
    </message>
</context>
<context>
    <name>TrustedTypedPage</name>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="87"/>
        <source>{n} of 11 digits typed.</source>
        <translation>{n} von 11 Ziffern eingegeben.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="88"/>
        <source>{n} of 12 digits typed.</source>
        <translation>{n} von 12 Ziffern eingegeben.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="94"/>
        <source>Digits only, please.</source>
        <translation>Bitte nur Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="95"/>
        <source>Too many digits.</source>
        <translation>Zu viele Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="96"/>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="99"/>
        <source>Not right: please check the digits.</source>
        <translation>Stimmt nicht: Bitte prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="102"/>
        <source>12 digits, or B and 9 digits.</source>
        <translation>12 Ziffern oder B und 9 Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="103"/>
        <source>This is your own number.</source>
        <translation>Das ist Ihre eigene Nummer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="104"/>
        <source>Already on your list.</source>
        <translation>Schon auf Ihrer Liste.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="105"/>
        <source>Please type their surname.</source>
        <translation>Bitte geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="314"/>
        <source>Add this person</source>
        <translation>Diese Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="324"/>
        <source>Please fill in the national number, the card number and the surname.</source>
        <translation>Bitte füllen Sie Nationalregisternummer, Kartennummer und Nachnamen aus.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="348"/>
        <source>Type your trusted person&apos;s details</source>
        <translation>Geben Sie die Daten Ihrer Vertrauensperson ein</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="350"/>
        <source>National number</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="351"/>
        <source>Card number of their eID</source>
        <translation>Kartennummer der eID</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="352"/>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="353"/>
        <source>First names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="359"/>
        <source>I confirm that this person has registered their own informed consent.</source>
        <translation>Ich bestätige: Die Person hat ihre aufgeklärte Einwilligung erteilt.</translation>
    </message>
</context>
<context>
    <name>Under16Page</name>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="41"/>
        <source>Back to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="25"/>
        <source>This card belongs to a child under 16</source>
        <translation>Diese Karte gehört einem Kind unter 16 Jahren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="26"/>
        <source>Children under 16 do not register themselves. Their parent or legal representative does it for them.</source>
        <translation>Kinder unter 16 Jahren melden sich nicht selbst an. Ein Elternteil oder gesetzlicher Vertreter tut das für sie.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="31"/>
        <source>The parent or representative can do it:</source>
        <translation>Der Elternteil oder Vertreter kann das tun:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="33"/>
        <source>with the family doctor,</source>
        <translation>beim Hausarzt,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="34"/>
        <source>at the admissions desk of a hospital,</source>
        <translation>an der Aufnahme eines Krankenhauses,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="35"/>
        <source>at the health insurance fund (mutuality),</source>
        <translation>bei der Krankenkasse,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="36"/>
        <source>or on the website of the Brussels Health Network.</source>
        <translation>oder auf der Website des Brüsseler Gesundheitsnetzwerks.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="38"/>
        <source>From the age of 16, you can register yourself.</source>
        <translation>Ab 16 Jahren können Sie sich selbst anmelden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="39"/>
        <source>Please take the card out of the reader.</source>
        <translation>Bitte nehmen Sie die Karte aus dem Lesegerät.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="40"/>
        <source>Nothing from this card has been kept.</source>
        <translation>Von dieser Karte wurde nichts gespeichert.</translation>
    </message>
</context>
</TS>

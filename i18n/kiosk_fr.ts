<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en_GB">
<context>
    <name>AccentPopup</name>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="59"/>
        <source>{letter} with acute accent</source>
        <translation>{letter} accent aigu</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="60"/>
        <source>{letter} with grave accent</source>
        <translation>{letter} accent grave</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="61"/>
        <source>{letter} with circumflex</source>
        <translation>{letter} accent circonflexe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="62"/>
        <source>{letter} with two dots</source>
        <translation>{letter} tréma</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="63"/>
        <source>{letter} with cedilla</source>
        <translation>{letter} cédille</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="64"/>
        <source>{letter} with tilde</source>
        <translation>{letter} tilde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="65"/>
        <source>{letter} with ring</source>
        <translation>{letter} rond en chef</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="66"/>
        <source>{letter} with caron</source>
        <translation>{letter} caron</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="67"/>
        <source>{letter} with breve</source>
        <translation>{letter} brève</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="68"/>
        <source>{letter} with dot above</source>
        <translation>{letter} point suscrit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="69"/>
        <source>{letter} with stroke</source>
        <translation>{letter} barré</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="77"/>
        <source>sharp s (ß)</source>
        <translation>eszett allemand (ß)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/accents.py" line="138"/>
        <source>Accented letters</source>
        <translation>Lettres accentuées</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="141"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="160"/>
        <source>Reading your card</source>
        <translation>Lecture de votre carte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="161"/>
        <source>Please leave your card in the reader.</source>
        <translation>Laissez votre carte dans le lecteur.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="162"/>
        <source>This takes a few seconds.</source>
        <translation>Cela prend quelques secondes.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="164"/>
        <source>There is a problem with the card</source>
        <translation>Il y a un problème avec la carte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="167"/>
        <source>If it still does not work, please ask a volunteer.</source>
        <translation>Si cela ne fonctionne toujours pas, demandez de l’aide à un bénévole.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="170"/>
        <source>Please take the card out of the reader</source>
        <translation>Retirez la carte du lecteur</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="172"/>
        <source>A card is still in the reader. Take it out first.</source>
        <translation>Une carte est encore dans le lecteur. Retirez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="174"/>
        <source>Then put your own identity card in.</source>
        <translation>Insérez ensuite votre propre carte d’identité.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="176"/>
        <source>Put your identity card in the reader</source>
        <translation>Insérez votre carte d’identité dans le lecteur</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="178"/>
        <source>Chip first, facing up, as in the picture.</source>
        <translation>Puce en premier, vers le haut, comme sur l’image.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="181"/>
        <source>Leave it in the reader until you are told to take it out.</source>
        <translation>Laissez-la dans le lecteur jusqu’à ce qu’on vous demande de la retirer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/card.py" line="201"/>
        <source>The card reader is ready.</source>
        <translation>Le lecteur de carte est prêt.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="106"/>
        <source>Sharing your health data</source>
        <translation>Le partage de vos données de santé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="108"/>
        <source>With your informed consent, the care providers who treat you can share your health data with each other, safely and electronically, for your care only.</source>
        <translation>Avec votre consentement éclairé, les prestataires de soins qui vous soignent peuvent partager vos données de santé entre eux, de manière sûre et électronique, uniquement pour vos soins.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="115"/>
        <source>What is it?</source>
        <translation>De quoi s’agit-il&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="116"/>
        <source>Who can see your data?</source>
        <translation>Qui voit vos données&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="117"/>
        <source>You stay in control</source>
        <translation>Vous gardez le contrôle</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="121"/>
        <source>It is free and voluntary.</source>
        <translation>Il est gratuit et volontaire.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="122"/>
        <source>It is valid throughout Belgium, in every health network.</source>
        <translation>Il est valable dans toute la Belgique, dans chaque réseau de santé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="127"/>
        <source>Only care providers who are treating you, within strict access rules.</source>
        <translation>Seuls les prestataires de soins qui vous soignent, selon des règles d’accès strictes.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="131"/>
        <source>Never insurers, occupational doctors or health insurance fund doctors.</source>
        <translation>Jamais les assureurs, les médecins du travail ni les médecins-conseils des mutualités.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="137"/>
        <source>You can withdraw your consent at any time.</source>
        <translation>Vous pouvez retirer votre consentement à tout moment.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="138"/>
        <source>You can see who consulted your record and exclude a care provider.</source>
        <translation>Vous pouvez voir qui a consulté votre dossier et exclure un prestataire de soins.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="142"/>
        <source>You can name a trusted person to help you.</source>
        <translation>Vous pouvez désigner une personne de confiance pour vous aider.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="151"/>
        <source>If you do not agree, your care stays exactly the same.</source>
        <translation>Si vous refusez, vos soins restent exactement les mêmes.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="153"/>
        <source>Do you agree to share your health data?</source>
        <translation>Acceptez-vous de partager vos données de santé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="154"/>
        <source>I agree to share</source>
        <translation>J’accepte le partage</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="155"/>
        <source>I do not agree</source>
        <translation>Je n’accepte pas</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="159"/>
        <source>Gives your informed consent. Next you can name a trusted person.</source>
        <translation>Donne votre consentement éclairé. Ensuite, vous pourrez désigner une personne de confiance.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/consent.py" line="164"/>
        <source>You will be asked to confirm. Your care stays the same.</source>
        <translation>Il vous sera demandé de confirmer. Vos soins restent les mêmes.</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="82"/>
        <source>Demo cards (fictitious people)</source>
        <translation>Cartes de démonstration (personnes fictives)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="84"/>
        <source>Citizen, Dutch card</source>
        <translation>Citoyen, carte en néerlandais</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="85"/>
        <source>Citizen, French card</source>
        <translation>Citoyen, carte en français</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="86"/>
        <source>Citizen, German card</source>
        <translation>Citoyen, carte en allemand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="87"/>
        <source>Foreign resident</source>
        <translation>Résident étranger</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="88"/>
        <source>Citizen, new card (2020)</source>
        <translation>Citoyen, nouvelle carte (2020)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="89"/>
        <source>Child of 10 (Kids-ID)</source>
        <translation>Enfant de 10 ans (Kids-ID)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="90"/>
        <source>White cane (blind)</source>
        <translation>Canne blanche (aveugle)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="91"/>
        <source>Yellow cane (partially sighted)</source>
        <translation>Canne jaune (malvoyant)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="92"/>
        <source>Has a legal representative</source>
        <translation>A un représentant légal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="93"/>
        <source>Expired card</source>
        <translation>Carte expirée</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="94"/>
        <source>Forged or damaged card</source>
        <translation>Carte falsifiée ou endommagée</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="95"/>
        <source>Not an eID card</source>
        <translation>Pas une carte eID</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="96"/>
        <source>Take the card out</source>
        <translation>Retirer la carte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="98"/>
        <source>Unplug the reader</source>
        <translation>Débrancher le lecteur</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/demo_panel.py" line="100"/>
        <source>Plug the reader in</source>
        <translation>Brancher le lecteur</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="150"/>
        <source>Finish</source>
        <extracomment>The Brussels Health Network&apos;s portal per kiosk language, when the stand configures none. BHN publishes FR/NL/EN only (consent-domain.md §5): German visitors get the English site. The QR code&apos;s side in pixels: about 7 px modules for a portal link, easy for any phone at arm&apos;s length, and small enough to leave the reference the main place on the receipt.</extracomment>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="157"/>
        <source>Thank you!</source>
        <translation>Merci&#xa0;!</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="159"/>
        <source>Your answer is noted. Nothing about you was stored or sent: your data was not registered.</source>
        <translation>Votre réponse est notée. Rien à votre sujet n’a été conservé ni envoyé&#xa0;: vos données n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="164"/>
        <source>Scan to open the network&apos;s website.</source>
        <translation>Scannez pour ouvrir le site du réseau.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="168"/>
        <source>This was a demonstration: nothing was sent to the Brussels Health Network.</source>
        <translation>C’était une démonstration&#xa0;: rien n’a été envoyé au Réseau Santé Bruxellois.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="173"/>
        <source>Your choice has been saved. This kiosk sends it securely to the Brussels Health Network.</source>
        <translation>Votre choix a été enregistré. Cette borne l’envoie de manière sécurisée au Réseau Santé Bruxellois.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="184"/>
        <source>Your reference</source>
        <translation>Votre référence</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="186"/>
        <source>Write it down, or scan the code with your phone to keep it.</source>
        <translation>Notez-la, ou scannez le code avec votre téléphone pour la garder.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="188"/>
        <source>Please take your eID card with you.</source>
        <translation>N’oubliez pas votre carte eID.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="179"/>
        <source>Scan to open the network&apos;s website. Your reference is included.</source>
        <translation>Scannez pour ouvrir le site du réseau. Votre référence y est incluse.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="189"/>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="191"/>
        <source>Opens the network&apos;s website, with your reference.</source>
        <translation>Ouvre le site du réseau, avec votre référence.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="226"/>
        <source>Your reference: {reference}</source>
        <translation>Votre référence&#xa0;: {reference}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/done.py" line="241"/>
        <source>This screen closes by itself in {n} second(s).</source>
        <translation>Cet écran se fermera tout seul. Secondes restantes&#xa0;: {n}</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="146"/>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="147"/>
        <source>Please ask a volunteer for help.</source>
        <translation>Demandez de l’aide à un bénévole.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="149"/>
        <source>Error code: {code}</source>
        <translation>Code d’erreur&#xa0;: {code}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="151"/>
        <source>Time: {time}</source>
        <translation>Heure&#xa0;: {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="152"/>
        <source>This kiosk is waiting for a volunteer.</source>
        <translation>Cette borne attend un bénévole.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/error_screen.py" line="153"/>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>ExclusionsPage</name>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="67"/>
        <source>Seems wrong: compare it with the printed number.</source>
        <translation>Semble erroné&#xa0;: comparez avec le numéro imprimé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="70"/>
        <source>Not right: please check the digits.</source>
        <translation>Incorrect&#xa0;: vérifiez les chiffres.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="71"/>
        <source>Already on your list.</source>
        <translation>Déjà dans votre liste.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="85"/>
        <source>Digits only, please.</source>
        <translation>Uniquement des chiffres, s’il vous plaît.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="88"/>
        <source>{n} of 11 digits typed.</source>
        <translation>Chiffres saisis&#xa0;: {n}&#xa0;sur&#xa0;11.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="91"/>
        <source>Too many digits.</source>
        <translation>Trop de chiffres.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="238"/>
        <source>Add to the list</source>
        <translation>Ajouter à la liste</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="242"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="243"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="252"/>
        <source>Please type the 11 digits of the NIHII number.</source>
        <translation>Tapez les 11 chiffres du numéro INAMI.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="266"/>
        <source>Exclude a care provider (optional)</source>
        <translation>Exclure un prestataire de soins (facultatif)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="268"/>
        <source>You can exclude a particular care provider, for example a doctor or a pharmacist: they will then not be able to see your shared health record. You need their NIHII number (RIZIV/INAMI number). It is printed on their prescriptions.</source>
        <translation>Vous pouvez exclure un prestataire de soins précis, par exemple un médecin ou un pharmacien&#xa0;: il ne pourra alors pas voir votre dossier santé partagé. Il vous faut son numéro INAMI (numéro RIZIV). Il figure sur ses prescriptions.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="276"/>
        <source>Care providers you exclude</source>
        <translation>Prestataires de soins que vous excluez</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="277"/>
        <source>You have not excluded anyone.</source>
        <translation>Vous n’avez exclu personne.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="278"/>
        <source>Add a care provider</source>
        <translation>Ajouter un prestataire de soins</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="280"/>
        <source>You cannot add more care providers here.</source>
        <translation>Vous ne pouvez plus ajouter de prestataires de soins ici.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="283"/>
        <source>Which care provider do you want to exclude?</source>
        <translation>Quel prestataire de soins voulez-vous exclure&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="286"/>
        <source>Type their NIHII number: 11 digits, as printed on their prescriptions.</source>
        <translation>Tapez son numéro INAMI&#xa0;: 11 chiffres, comme imprimé sur ses prescriptions.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="292"/>
        <source>It is also on their invoices and on the certificate of care given (attestation de soins donnés, getuigschrift voor verstrekte hulp). The care provider can tell you too.</source>
        <translation>Il figure aussi sur ses factures et sur l’attestation de soins donnés (getuigschrift voor verstrekte hulp). Le prestataire de soins peut aussi vous le communiquer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="299"/>
        <source>NIHII number</source>
        <translation>Numéro INAMI</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="300"/>
        <source>Their name (optional)</source>
        <translation>Son nom (facultatif)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="304"/>
        <source>I have checked: the number is exactly as printed.</source>
        <translation>J’ai vérifié&#xa0;: le numéro est exactement celui imprimé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/exclusions.py" line="237"/>
        <source>Cancel: do not add a care provider</source>
        <translation>Annuler&#xa0;: ne pas ajouter de prestataire de soins</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="129"/>
        <source>Is this you?</source>
        <translation>Est-ce bien vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="130"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="131"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="132"/>
        <source>National number</source>
        <translation>Numéro de registre national</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="134"/>
        <source>For your privacy, only the last two digits of your national number are shown.</source>
        <translation>Pour protéger votre vie privée, seuls les deux derniers chiffres de votre numéro de registre national sont affichés.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="142"/>
        <source>Your name and date of birth, read from your card, are on the screen. To hear them, choose “Read my details aloud” at the bottom of the screen.</source>
        <translation>Votre nom et votre date de naissance, lus sur votre carte, sont affichés à l’écran. Pour les entendre, choisissez «&#xa0;Lire mes données à voix haute&#xa0;» en bas de l’écran.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="148"/>
        <source>Yes, this is me</source>
        <translation>Oui, c’est moi</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="149"/>
        <source>No, this is not me</source>
        <translation>Non, ce n’est pas moi</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="153"/>
        <source>Stops here and erases what was read from the card.</source>
        <translation>Arrête ici et efface ce qui a été lu sur la carte.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/identity.py" line="155"/>
        <source>Photo from the identity card</source>
        <translation>Photo de la carte d’identité</translation>
    </message>
</context>
<context>
    <name>LookToggle</name>
    <message>
        <location filename="../kiosk/ui/look_toggle.py" line="77"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/look_toggle.py" line="80"/>
        <source>Larger text and high contrast. Shortcut: F3.</source>
        <translation>Texte plus grand et contraste élevé. Raccourci&#xa0;: F3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="511"/>
        <source>Health data sharing: consent kiosk</source>
        <translation>Partage des données de santé&#xa0;: borne de consentement</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="512"/>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="513"/>
        <source>Demonstration mode</source>
        <translation>Mode démonstration</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="514"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="515"/>
        <location filename="../kiosk/ui/selftest_checks.py" line="119"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="433"/>
        <location filename="../kiosk/ui/main_window.py" line="519"/>
        <source>Go to the previous step.</source>
        <translation>Revenir à l’étape précédente.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="522"/>
        <source>Stop and erase everything you entered.</source>
        <translation>Arrêter et effacer tout ce que vous avez saisi.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="525"/>
        <source>Do you want to stop? Everything you entered will be erased.</source>
        <translation>Voulez-vous arrêter&#xa0;? Tout ce que vous avez saisi sera effacé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="527"/>
        <source>Yes, stop</source>
        <translation>Oui, arrêter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="528"/>
        <source>No, continue</source>
        <translation>Non, continuer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="532"/>
        <source>Demo cards</source>
        <translation>Cartes de démo</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../kiosk/ui/messages.py" line="117"/>
        <source>Something went wrong on this kiosk. Please ask a volunteer.</source>
        <extracomment>The card layer&apos;s codes, plus the one the monitor gives an unexpected failure. Every code an :class:`~kiosk.outbox.records.OutboxError` can carry (the outbox has no list of its own; a test reads them from its source so a new one cannot be missed here). The error-step codes of the flow (``EnrolmentFlow.error_code``), besides the card layer&apos;s.</extracomment>
        <translation>Un problème est survenu sur cette borne. Demandez de l’aide à un bénévole.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="121"/>
        <source>Your choices could not be saved on this kiosk. Nothing was sent. Please ask a volunteer.</source>
        <translation>Vos choix n’ont pas pu être enregistrés sur cette borne. Rien n’a été envoyé. Demandez de l’aide à un bénévole.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="128"/>
        <source>The card could not be read. Take it out and put it in again, chip first and facing up.</source>
        <translation>La carte n’a pas pu être lue. Retirez-la et insérez-la à nouveau, puce en premier et vers le haut.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="135"/>
        <source>This card could not be checked, so its information cannot be used here. Please ask a volunteer.</source>
        <translation>Cette carte n’a pas pu être vérifiée&#xa0;: ses informations ne peuvent donc pas être utilisées ici. Demandez de l’aide à un bénévole.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="143"/>
        <source>The information on this card cannot be used here. Please ask a volunteer.</source>
        <translation>Les informations de cette carte ne peuvent pas être utilisées ici. Demandez de l’aide à un bénévole.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="151"/>
        <source>This is not possible at this step.</source>
        <translation>Ce n’est pas possible à cette étape.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="152"/>
        <source>You cannot go back from here.</source>
        <translation>Vous ne pouvez pas revenir en arrière ici.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="153"/>
        <source>This language is not available.</source>
        <translation>Cette langue n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="154"/>
        <source>Please confirm that this person has registered their own consent.</source>
        <translation>Veuillez confirmer que cette personne a elle-même donné son consentement.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="157"/>
        <source>You cannot be your own trusted person. Please choose someone else.</source>
        <translation>Vous ne pouvez pas être votre propre personne de confiance. Choisissez quelqu’un d’autre.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="160"/>
        <source>This person is already on your list.</source>
        <translation>Cette personne est déjà dans votre liste.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="163"/>
        <source>You cannot add more trusted persons here. You can add more on the website of the Brussels Health Network.</source>
        <translation>Vous ne pouvez plus ajouter de personnes de confiance ici. Vous pouvez en ajouter d’autres sur le site du Réseau Santé Bruxellois.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="168"/>
        <source>This person is no longer on your list.</source>
        <translation>Cette personne n’est plus dans votre liste.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="171"/>
        <source>This care provider is already on your list.</source>
        <translation>Ce prestataire de soins est déjà dans votre liste.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="174"/>
        <source>You cannot add more care providers here. You can add more on the website of the Brussels Health Network.</source>
        <translation>Vous ne pouvez plus ajouter de prestataires de soins ici. Vous pouvez en ajouter d’autres sur le site du Réseau Santé Bruxellois.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="179"/>
        <source>This care provider is no longer on your list.</source>
        <translation>Ce prestataire de soins n’est plus dans votre liste.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="183"/>
        <source>This identity card has expired. Please use a valid card, or ask a volunteer.</source>
        <translation>Cette carte d’identité est expirée. Utilisez une carte valable ou demandez de l’aide à un bénévole.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="187"/>
        <source>Your card does not show your full date of birth, so your age cannot be checked here. Please ask a volunteer.</source>
        <translation>Votre carte n’indique pas votre date de naissance complète&#xa0;: votre âge ne peut donc pas être vérifié ici. Demandez de l’aide à un bénévole.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="192"/>
        <source>Reading the card took too long. Take it out and put it in again, chip first and facing up.</source>
        <translation>La lecture de la carte a pris trop de temps. Retirez-la et insérez-la à nouveau, puce en premier et vers le haut.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="197"/>
        <source>This is not the card you used at the start. Please put your own identity card back in the reader.</source>
        <translation>Ce n’est pas la carte que vous avez utilisée au début. Remettez votre propre carte d’identité dans le lecteur.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="202"/>
        <source>Your choices could not be saved. Nothing was sent. Please try again, or ask a volunteer.</source>
        <translation>Vos choix n’ont pas pu être enregistrés. Rien n’a été envoyé. Réessayez ou demandez de l’aide à un bénévole.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="207"/>
        <source>This card number is not correct. Please check the digits.</source>
        <translation>Ce numéro de carte n’est pas correct. Vérifiez les chiffres.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="210"/>
        <source>This card number is not valid. It has 12 digits, or the letter B and 9 digits.</source>
        <translation>Ce numéro de carte n’est pas valable. Il compte 12 chiffres, ou la lettre B et 9 chiffres.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="214"/>
        <source>This national number is not valid. It has 11 digits. Please check it.</source>
        <translation>Ce numéro de registre national n’est pas valable. Il compte 11 chiffres. Vérifiez-le.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="218"/>
        <source>Please write the name as it is on the identity card.</source>
        <translation>Écrivez le nom comme sur la carte d’identité.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="221"/>
        <source>This care provider number is not valid. It has 11 digits.</source>
        <translation>Ce numéro INAMI n’est pas valable. Il compte 11 chiffres.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="224"/>
        <source>This care provider number does not look right. Please check it.</source>
        <translation>Ce numéro INAMI semble incorrect. Vérifiez-le.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="227"/>
        <source>If you do not agree, no trusted person or care provider can be recorded.</source>
        <translation>Si vous refusez, aucune personne de confiance ni aucun prestataire de soins ne peut être enregistré.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="231"/>
        <source>Children under 16 are registered by a parent or a legal representative.</source>
        <translation>Les enfants de moins de 16 ans sont inscrits par un parent ou un représentant légal.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="253"/>
        <source>The card reader is not working. Please ask a volunteer.</source>
        <translation>Le lecteur de carte ne fonctionne pas. Demandez de l’aide à un bénévole.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="256"/>
        <source>No card reader is connected. Please ask a volunteer.</source>
        <translation>Aucun lecteur de carte n’est branché. Demandez de l’aide à un bénévole.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="259"/>
        <source>There is no card in the reader. Put your identity card in, chip first and facing up.</source>
        <translation>Il n’y a pas de carte dans le lecteur. Insérez votre carte d’identité, puce en premier et vers le haut.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="263"/>
        <source>This card is not a Belgian identity card (eID). Please use your Belgian eID card.</source>
        <translation>Cette carte n’est pas une carte d’identité belge (eID). Utilisez votre carte eID belge.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/messages.py" line="267"/>
        <source>The card was taken out too soon. Put it in again and leave it in until you are told to take it out.</source>
        <translation>La carte a été retirée trop tôt. Insérez-la à nouveau et laissez-la jusqu’à ce qu’on vous demande de la retirer.</translation>
    </message>
</context>
<context>
    <name>NotProvisioned</name>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="91"/>
        <source>This kiosk is not set up yet.</source>
        <translation>Cette borne n’est pas encore configurée.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="93"/>
        <source>It cannot register anyone for now. Please come back later or ask a volunteer.</source>
        <translation>Vous ne pouvez pas encore vous inscrire ici. Revenez plus tard ou demandez à un bénévole.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="100"/>
        <source>For the IT person: set it up with this command:</source>
        <extracomment>Addressed to the network&apos;s IT person; the command itself is shown below it.</extracomment>
        <translation>Pour le responsable informatique&#xa0;: configurez la borne avec cette commande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/not_provisioned.py" line="103"/>
        <source>Missing: {items}</source>
        <translation>Manquant&#xa0;: {items}</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="214"/>
        <source>Hold down for more accented letters</source>
        <translation>Maintenez la touche enfoncée pour plus de lettres accentuées</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="198"/>
        <source>Capital letters</source>
        <translation>Majuscules</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="199"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="200"/>
        <source>Numbers</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="201"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="203"/>
        <source>Erase the last character</source>
        <translation>Effacer le dernier caractère</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="204"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="416"/>
        <source>Apostrophe</source>
        <translation>Apostrophe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="418"/>
        <source>Hyphen</source>
        <translation>Trait d’union</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="420"/>
        <source>Full stop</source>
        <translation>Point</translation>
    </message>
</context>
<context>
    <name>OperatorAck</name>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="349"/>
        <source>Reading the stick…</source>
        <translation>Lecture de la clé…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="364"/>
        <source>{n} submission(s) confirmed. {bad} file(s) refused ({codes}): they changed nothing. Ask the technical support.</source>
        <translation>Envois confirmés&#xa0;: {n}. Fichiers refusés ({codes})&#xa0;: {bad}&#xa0;; ils n’ont rien changé. Contactez l’assistance technique.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="373"/>
        <source>{n} submission(s) confirmed by the network and erased from this kiosk. You can take the stick out.</source>
        <translation>Envois confirmés par le réseau et effacés de cette borne&#xa0;: {n}. Vous pouvez retirer la clé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="381"/>
        <source>This acknowledgement was already read: nothing to change.</source>
        <translation>Cet accusé de réception a déjà été lu&#xa0;: rien à changer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="387"/>
        <source>The acknowledgement on {drive} is for another kiosk.</source>
        <translation>L’accusé de réception sur {drive} est destiné à une autre borne.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="393"/>
        <source>No acknowledgement file on {drive}.</source>
        <translation>Aucun accusé de réception sur {drive}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="405"/>
        <source>This kiosk has no network key to check acknowledgements. Ask the technical support.</source>
        <translation>Cette borne n’a pas de clé du réseau pour vérifier les accusés de réception. Contactez l’assistance technique.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="414"/>
        <source>Reading the acknowledgement did not work ({code}).</source>
        <translation>La lecture de l’accusé de réception a échoué ({code}).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="209"/>
        <source>Read acknowledgement from USB</source>
        <translation>Lire l’accusé de réception (USB)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="211"/>
        <source>Choose the USB stick with the network&apos;s acknowledgement. The submissions it confirms are erased from this kiosk; the others stay queued.</source>
        <translation>Choisissez la clé USB avec l’accusé de réception du réseau. Les envois qu’il confirme sont effacés de cette borne&#xa0;; les autres restent en attente.</translation>
    </message>
</context>
<context>
    <name>OperatorConfirm</name>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="129"/>
        <source>Start demonstration mode?</source>
        <translation>Démarrer le mode démonstration&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="130"/>
        <source>The kiosk will use specimen cards only. Nothing is saved or sent until demonstration mode is stopped.</source>
        <translation>La borne n’utilisera que des cartes spécimens. Rien n’est enregistré ni envoyé tant que le mode démonstration n’est pas arrêté.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="135"/>
        <source>Yes, start it</source>
        <translation>Oui, démarrer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="136"/>
        <location filename="../kiosk/ui/operator/action_flows.py" line="146"/>
        <location filename="../kiosk/ui/operator/action_flows.py" line="166"/>
        <location filename="../kiosk/ui/operator/action_flows.py" line="223"/>
        <location filename="../kiosk/ui/operator/action_flows.py" line="234"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="140"/>
        <source>Stop demonstration mode?</source>
        <translation>Arrêter le mode démonstration&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="141"/>
        <source>The kiosk will read real eID cards and save real choices again.</source>
        <translation>La borne lira à nouveau de vraies cartes eID et enregistrera de vrais choix.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="145"/>
        <source>Yes, stop it</source>
        <translation>Oui, arrêter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="159"/>
        <source>Close the kiosk program?</source>
        <translation>Fermer le programme de la borne&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="160"/>
        <source>Visitors cannot enrol until the kiosk is started again. Submissions waiting to be sent are kept.</source>
        <translation>Les visiteurs ne pourront plus s’inscrire tant que la borne n’aura pas redémarré. Les envois en attente sont conservés.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="165"/>
        <source>Yes, close it</source>
        <translation>Oui, fermer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="217"/>
        <source>Send this submission again?</source>
        <translation>Renvoyer cet envoi&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="218"/>
        <source>Reference {reference} goes back into the queue and is sent again.</source>
        <translation>La référence {reference} retourne dans la file d’attente et sera renvoyée.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="222"/>
        <source>Yes, send it again</source>
        <translation>Oui, renvoyer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="227"/>
        <source>Discard this submission?</source>
        <translation>Supprimer cet envoi&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="228"/>
        <source>Reference {reference} will never reach the network and cannot be recovered. The visitor will have to enrol again.</source>
        <translation>La référence {reference} n’arrivera jamais au réseau et ne pourra pas être récupérée. Le visiteur devra s’inscrire à nouveau.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="233"/>
        <source>Yes, discard it</source>
        <translation>Oui, supprimer</translation>
    </message>
</context>
<context>
    <name>OperatorExport</name>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="169"/>
        <source>{name} ({free} GB free)</source>
        <translation>{name} (libre&#xa0;: {free}&#xa0;Go)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="173"/>
        <source>{name} ({free} MB free)</source>
        <translation>{name} (libre&#xa0;: {free}&#xa0;Mo)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="183"/>
        <source>Export to a USB stick</source>
        <translation>Exporter vers une clé USB</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="185"/>
        <source>Choose the USB stick. The file is encrypted for the network: nobody else can read it. The submissions stay in the kiosk until the network confirms them.</source>
        <translation>Choisissez la clé USB. Le fichier est chiffré pour le réseau&#xa0;: personne d’autre ne peut le lire. Les envois restent dans la borne jusqu’à ce que le réseau les confirme.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="192"/>
        <source>No USB stick found. Insert one, wait a moment, then tap &quot;Look again&quot;.</source>
        <translation>Aucune clé USB trouvée. Insérez-en une, patientez un instant, puis touchez «&#xa0;Chercher à nouveau&#xa0;».</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="197"/>
        <source>Back to the panel</source>
        <translation>Retour à l’espace bénévoles</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="198"/>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="290"/>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="303"/>
        <source>Nothing to export: no submission is waiting.</source>
        <translation>Rien à exporter&#xa0;: aucun envoi en attente.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="308"/>
        <source>{n} submission(s) saved on {drive}. You can take the stick out.</source>
        <translation>Envois enregistrés sur {drive}&#xa0;: {n}. Vous pouvez retirer la clé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="319"/>
        <source>This kiosk has no network key for exports. Ask the technical support.</source>
        <translation>Cette borne n’a pas de clé du réseau pour les exports. Contactez l’assistance technique.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="323"/>
        <source>The USB stick is full. Use another one.</source>
        <translation>La clé USB est pleine. Utilisez-en une autre.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="326"/>
        <source>The USB stick cannot be written to. Use another one.</source>
        <translation>Impossible d’écrire sur la clé USB. Utilisez-en une autre.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="333"/>
        <source>The export did not work ({code}).</source>
        <translation>L’export n’a pas fonctionné ({code}).</translation>
    </message>
</context>
<context>
    <name>OperatorLanguage</name>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="229"/>
        <source>Language for new visitors</source>
        <translation>Langue des nouveaux visiteurs</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="231"/>
        <source>Each new visitor first sees the kiosk in this language and can change it.</source>
        <translation>Chaque nouveau visiteur voit d’abord la borne dans cette langue et peut la changer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="236"/>
        <source>Back to the panel</source>
        <translation>Retour à l’espace bénévoles</translation>
    </message>
</context>
<context>
    <name>OperatorLocked</name>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="178"/>
        <source>Time left: {time}</source>
        <translation>Temps restant&#xa0;: {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="182"/>
        <source>The volunteer panel is locked</source>
        <translation>L’espace bénévoles est verrouillé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="184"/>
        <source>Too many wrong PINs. You can try again when this time has passed.</source>
        <translation>Trop de codes PIN erronés. Vous pourrez réessayer une fois ce délai écoulé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="189"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="169"/>
        <source>The PIN is set. Keep it among the volunteers.</source>
        <translation>Le code PIN est enregistré. Ne le communiquez qu’aux bénévoles.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="197"/>
        <source>The PIN has been changed.</source>
        <translation>Le code PIN a été modifié.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="74"/>
        <source>Sending started. The figures update in a moment.</source>
        <translation>Envoi lancé. Les chiffres seront mis à jour dans un instant.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="80"/>
        <source>The queue is not open: nothing can be sent.</source>
        <translation>La file d’attente n’est pas ouverte&#xa0;: rien ne peut être envoyé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="92"/>
        <source>Today&apos;s figures could not be queued: is the queue open?</source>
        <translation>Les chiffres du jour n&apos;ont pas pu être mis en file d&apos;attente&#xa0;: la file est-elle ouverte&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="99"/>
        <source>Today&apos;s figures are queued to be sent.</source>
        <translation>Les chiffres du jour sont en file d&apos;attente pour l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="192"/>
        <source>New visitors will start in {language}.</source>
        <translation>Langue des nouveaux visiteurs&#xa0;: {language}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="446"/>
        <source>The queue is unlocked. Choices can be saved again.</source>
        <translation>La file d’attente est déverrouillée. Les choix peuvent à nouveau être enregistrés.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="45"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="48"/>
        <source>today at {time}</source>
        <translation>aujourd’hui à {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="146"/>
        <source>Visits in the last 7 days (darker: consents given)</source>
        <translation>Visites des 7 derniers jours (plus foncé&#xa0;: consentements donnés)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="160"/>
        <source>queue locked</source>
        <translation>file verrouillée</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="162"/>
        <source>not available</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="170"/>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="175"/>
        <source>Delivered</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="179"/>
        <source>Refused by the network</source>
        <translation>Refusés par le réseau</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="185"/>
        <source>Discarded by a volunteer</source>
        <translation>Supprimés par un bénévole</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="191"/>
        <location filename="../kiosk/ui/operator/panel.py" line="218"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="195"/>
        <source>Oldest waiting for</source>
        <translation>Le plus ancien attend depuis</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="201"/>
        <source>Waiting longer than {days} days</source>
        <translation>En attente depuis plus de {days}&#xa0;jours</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="207"/>
        <source>Last delivery</source>
        <translation>Dernière transmission</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="212"/>
        <source>the network&apos;s server does not answer</source>
        <translation>le serveur du réseau ne répond pas</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="217"/>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="223"/>
        <source>Card reader</source>
        <translation>Lecteur de carte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="228"/>
        <source>reachable</source>
        <translation>joignable</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="229"/>
        <source>not reachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="230"/>
        <location filename="../kiosk/ui/operator/panel.py" line="266"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="233"/>
        <source>not used in demonstration mode</source>
        <translation>non utilisé en mode démonstration</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="236"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="243"/>
        <source>Enrolments today at this stand</source>
        <translation>Inscriptions du jour ici</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="244"/>
        <source>{n} (consent given: {given}, refused: {refused})</source>
        <translation>{n} (consentement&#xa0;: {given}, refus&#xa0;: {refused})</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="250"/>
        <source>Today, demonstrations apart</source>
        <translation>Aujourd’hui, comptés à part</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="251"/>
        <source>{demo} demo, {failed} not saved</source>
        <translation>démo&#xa0;: {demo}, échecs&#xa0;: {failed}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="259"/>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="260"/>
        <source>smart card service stopped</source>
        <translation>service carte à puce arrêté</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="261"/>
        <source>not connected</source>
        <translation>non branché</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="262"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="263"/>
        <source>a card is in the reader</source>
        <translation>une carte est insérée</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="264"/>
        <source>reading a card</source>
        <translation>lecture d’une carte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="269"/>
        <source>Volunteer panel</source>
        <translation>Espace bénévoles</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="271"/>
        <source>Demonstration mode: specimen cards, nothing is sent.</source>
        <translation>Mode démonstration&#xa0;: cartes spécimens, rien n’est envoyé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="273"/>
        <source>Only volunteers may use this panel. Close it before a visitor comes.</source>
        <translation>Seuls les bénévoles peuvent utiliser cet espace. Fermez-le avant l’arrivée d’un visiteur.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="281"/>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="282"/>
        <source>Send today&apos;s figures</source>
        <translation>Envoyer les chiffres du jour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="283"/>
        <source>Export to a USB stick</source>
        <translation>Exporter vers une clé USB</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="284"/>
        <source>Read acknowledgement from USB</source>
        <translation>Lire l’accusé de réception (USB)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="285"/>
        <source>Refused submissions: {n}</source>
        <translation>Envois refusés&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="286"/>
        <source>Stop demonstration mode</source>
        <translation>Arrêter le mode démonstration</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="288"/>
        <source>Start demonstration mode</source>
        <translation>Démarrer le mode démonstration</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="289"/>
        <source>Language for new visitors</source>
        <translation>Langue des nouveaux visiteurs</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="290"/>
        <source>Unlock the queue</source>
        <translation>Déverrouiller la file d’attente</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="291"/>
        <source>Change the PIN</source>
        <translation>Modifier le code PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="292"/>
        <source>Close the kiosk program</source>
        <translation>Fermer le programme de la borne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/panel.py" line="302"/>
        <source>Close the panel</source>
        <translation>Fermer cet espace</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="31"/>
        <source>{s} s</source>
        <translation>{s}&#xa0;s</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="33"/>
        <source>{m} min</source>
        <translation>{m}&#xa0;min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="35"/>
        <source>{h} h {m} min</source>
        <translation>{h}&#xa0;h&#xa0;{m}&#xa0;min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/views.py" line="38"/>
        <source>{d} d {h} h</source>
        <translation>{d}&#xa0;j&#xa0;{h}&#xa0;h</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/week_chart.py" line="62"/>
        <source>{day}: {visits} visits, {given} consents given</source>
        <translation>{day}&#xa0;: {visits} visites, {given} consentements donnés</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/week_chart.py" line="71"/>
        <source>Visits in the last 7 days</source>
        <translation>Visites des 7 derniers jours</translation>
    </message>
</context>
<context>
    <name>OperatorPassphrase</name>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="281"/>
        <source>Use at least {n} characters.</source>
        <translation>Utilisez au moins {n}&#xa0;caractères.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="290"/>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Les deux phrases secrètes sont différentes. Tapez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="300"/>
        <source>Unlock the queue</source>
        <translation>Déverrouiller la file d’attente</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="302"/>
        <source>Choose the queue passphrase and type it twice. Volunteers will need it each time the kiosk starts: keep it safe.</source>
        <translation>Choisissez la phrase secrète de la file d’attente et tapez-la deux fois. Les bénévoles en auront besoin à chaque démarrage de la borne&#xa0;: conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="308"/>
        <source>Type the queue passphrase chosen when this kiosk was set up. Until then, choices cannot be saved.</source>
        <translation>Tapez la phrase secrète de la file d’attente choisie lors de l’installation de cette borne. D’ici là, aucun choix ne peut être enregistré.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="314"/>
        <location filename="../kiosk/ui/operator/actions.py" line="315"/>
        <source>Queue passphrase</source>
        <translation>Phrase secrète de la file d’attente</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="316"/>
        <location filename="../kiosk/ui/operator/actions.py" line="317"/>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète, à nouveau</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="318"/>
        <source>Back to the panel</source>
        <translation>Retour à l’espace bénévoles</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="319"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="433"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="455"/>
        <source>Wrong passphrase. Type it again.</source>
        <translation>Phrase secrète incorrecte. Tapez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="460"/>
        <source>The queue could not be unlocked ({code}).</source>
        <translation>La file d’attente n’a pas pu être déverrouillée ({code}).</translation>
    </message>
</context>
<context>
    <name>OperatorPin</name>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="201"/>
        <source>The PIN file of this kiosk is damaged: ask the technical support.</source>
        <translation>Le fichier du code PIN de cette borne est endommagé&#xa0;: contactez l’assistance technique.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="124"/>
        <source>Wrong PIN. Tries left before a pause: {n}</source>
        <translation>Code PIN erroné. Essais restants avant une pause&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="153"/>
        <source>The two PINs differ. Choose the new PIN again.</source>
        <translation>Les deux codes PIN sont différents. Choisissez encore une fois le nouveau code PIN.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="189"/>
        <source>The current PIN was wrong. The PIN was not changed.</source>
        <translation>Le code PIN actuel était erroné. Le code PIN n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="207"/>
        <source>Storage problem: the kiosk cannot save to its disk, so the PIN cannot be checked. Ask the technical support.</source>
        <translation>Problème de stockage&#xa0;: la borne ne peut pas écrire sur son disque, le code PIN ne peut donc pas être vérifié. Contactez l’assistance technique.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="212"/>
        <source>The operator PIN of this kiosk is locked: ask the network&apos;s IT person to reset the operator PIN (kiosk provision).</source>
        <translation>Le code PIN de cette borne est verrouillé&#xa0;: demandez au responsable informatique du réseau de réinitialiser le code PIN (kiosk provision).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="217"/>
        <source>Unlock the queue with its passphrase first, then change the PIN.</source>
        <translation>Déverrouillez d’abord la file d’attente avec sa phrase secrète, puis changez le code PIN.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="220"/>
        <source>This kiosk is not set up yet: the network&apos;s IT person sets the operator PIN (kiosk provision).</source>
        <translation>Cette borne n’est pas encore configurée&#xa0;: le responsable informatique du réseau définit le code PIN (kiosk provision).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="236"/>
        <source>A PIN has 6 to 12 digits.</source>
        <translation>Un code PIN compte 6 à 12&#xa0;chiffres.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_flow.py" line="237"/>
        <source>This PIN is too easy to guess (repeated or consecutive digits). Choose another.</source>
        <translation>Ce code PIN est trop facile à deviner (chiffres répétés ou consécutifs). Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="91"/>
        <source>Volunteer panel</source>
        <translation>Espace bénévoles</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="92"/>
        <source>Choose the volunteer PIN</source>
        <translation>Choisissez le code PIN des bénévoles</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="93"/>
        <location filename="../kiosk/ui/operator/pin_views.py" line="94"/>
        <source>Change the volunteer PIN</source>
        <translation>Modifier le code PIN des bénévoles</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="95"/>
        <source>Type the new PIN again</source>
        <translation>Retapez le nouveau code PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="98"/>
        <source>Type the volunteer PIN.</source>
        <translation>Tapez le code PIN des bénévoles.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="99"/>
        <source>No PIN has been chosen yet. Choose 6 to 12 digits that are hard to guess.</source>
        <translation>Aucun code PIN n’a encore été choisi. Choisissez 6 à 12&#xa0;chiffres difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="103"/>
        <source>First type the current PIN.</source>
        <translation>Tapez d’abord le code PIN actuel.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="104"/>
        <source>Now type the new PIN: 6 to 12 digits, hard to guess.</source>
        <translation>Tapez maintenant le nouveau code PIN&#xa0;: 6 à 12&#xa0;chiffres, difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="105"/>
        <source>Type the same PIN once more, to be sure.</source>
        <translation>Tapez encore une fois le même code PIN, par sécurité.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="109"/>
        <source>PIN (the digits are hidden)</source>
        <translation>Code PIN (les chiffres sont masqués)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_views.py" line="110"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Il n’y a aucun envoi refusé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="83"/>
        <source>Reference {reference}</source>
        <translation>Référence {reference}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="88"/>
        <source>Refused on {date}: {reason}</source>
        <translation>Refusé le {date}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="96"/>
        <source>Demonstration</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="101"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="104"/>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="112"/>
        <source>Submissions refused by the network</source>
        <translation>Envois refusés par le réseau</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="114"/>
        <source>Send one again once the cause is fixed, or discard it. The visitor can be found by the reference on their receipt.</source>
        <translation>Renvoyez un envoi une fois la cause corrigée, ou supprimez-le. Le visiteur peut être retrouvé grâce à la référence figurant sur son reçu.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/actions.py" line="120"/>
        <source>Back to the panel</source>
        <translation>Retour à l’espace bénévoles</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="253"/>
        <source>That did not work ({code}).</source>
        <translation>Cela n’a pas fonctionné ({code}).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="260"/>
        <source>Reference {reference} is queued again.</source>
        <translation>La référence {reference} est de nouveau dans la file d’attente.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/action_flows.py" line="266"/>
        <source>Reference {reference} was discarded.</source>
        <translation>La référence {reference} a été supprimée.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="89"/>
        <source>I understand, continue</source>
        <translation>J’ai compris, continuer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="95"/>
        <source>Before we read your card</source>
        <translation>Avant de lire votre carte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="96"/>
        <source>What we read from your card</source>
        <translation>Ce que nous lisons sur votre carte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="152"/>
        <source>Your names and national number</source>
        <translation>Vos nom, prénoms et numéro de registre national</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="164"/>
        <source>The number of your identity card</source>
        <translation>Le numéro de votre carte d’identité</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="168"/>
        <source>The card&apos;s electronic signatures, to check that it is genuine. They are not sent.</source>
        <translation>Les signatures électroniques de la carte, pour vérifier qu’elle est authentique. Elles ne sont pas envoyées.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="173"/>
        <source>Your photo, only to show it on this screen. It is never stored or sent.</source>
        <translation>Votre photo, uniquement pour l’afficher sur cet écran. Elle n’est jamais enregistrée ni envoyée.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="101"/>
        <source>Not your photo.</source>
        <translation>Pas votre photo.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="155"/>
        <source>Your date of birth, only to check that you are 16 or older</source>
        <translation>Votre date de naissance, uniquement pour vérifier que vous avez au moins 16 ans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="178"/>
        <source>The language you chose</source>
        <translation>La langue que vous avez choisie</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="179"/>
        <source>Your decision on the informed consent</source>
        <translation>Votre décision sur le consentement éclairé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="182"/>
        <source>Your trusted persons: names, national number and card number</source>
        <translation>Vos personnes de confiance&#xa0;: nom, prénoms, numéro de registre national et numéro de carte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="185"/>
        <source>The care providers you exclude: NIHII number and name</source>
        <translation>Les prestataires de soins que vous excluez&#xa0;: numéro INAMI et nom</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="188"/>
        <source>The number of your identity card, as proof that it was read</source>
        <translation>Le numéro de votre carte d’identité, comme preuve qu’elle a été lue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="177"/>
        <source>We do not read your address.</source>
        <translation>Nous ne lisons pas votre adresse.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="108"/>
        <source>What we send to the Brussels Health Network</source>
        <translation>Ce que nous envoyons au Réseau Santé Bruxellois</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="113"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="115"/>
        <source>To register your choice with the Brussels Health Network (Abrumet), which is responsible for this data.</source>
        <translation>Pour enregistrer votre choix auprès du Réseau Santé Bruxellois (Abrumet), qui est responsable de ces données.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="120"/>
        <source>Your national number is used only for this registration.</source>
        <translation>Votre numéro de registre national sert uniquement à cet enregistrement.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="121"/>
        <source>Nothing is used for anything else.</source>
        <translation>Rien n’est utilisé à d’autres fins.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="125"/>
        <source>Afterwards</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="127"/>
        <source>Your choices are kept encrypted on this kiosk until they are sent, then deleted. Nothing stays on the screen when you leave.</source>
        <translation>Vos choix sont conservés chiffrés sur cette borne jusqu’à leur envoi, puis effacés. Rien ne reste à l’écran quand vous partez.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="132"/>
        <source>Questions about your data: dpo@abrumet.be</source>
        <translation>Questions sur vos données&#xa0;: dpo@abrumet.be</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="133"/>
        <source>You may also complain to the Data Protection Authority.</source>
        <translation>Vous pouvez aussi porter plainte auprès de l’Autorité de protection des données.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="159"/>
        <source>Whether your card mentions a white or yellow cane or a legal representative, only for this visit. It is never stored or sent.</source>
        <translation>Si votre carte mentionne une canne blanche ou jaune ou un représentant légal, uniquement pour cette visite. Ce n’est jamais enregistré ni envoyé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="191"/>
        <source>The date, the time, this stand and this kiosk</source>
        <translation>La date, l’heure, ce stand et cette borne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="194"/>
        <source>Whether your card proved that it is genuine</source>
        <translation>Si votre carte a prouvé qu’elle est authentique</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="199"/>
        <source>The card&apos;s electronic signatures, to check that it is genuine. They are sent too, so that the network can check your card itself.</source>
        <translation>Les signatures électroniques de la carte, pour vérifier qu’elle est authentique. Elles sont aussi envoyées, pour que le réseau puisse vérifier votre carte lui-même.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="205"/>
        <source>Your date of birth, to check that you are 16 or older. It is sent only inside the signed copy of your card&apos;s identity file.</source>
        <translation>Votre date de naissance, pour vérifier que vous avez 16 ans ou plus. Elle n’est envoyée que dans la copie signée du fichier d’identité de votre carte.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="212"/>
        <source>Whether your card mentions a white or yellow cane or a legal representative, only for this visit. It is sent only inside the signed copy of your card&apos;s identity file.</source>
        <translation>Si votre carte mentionne une canne blanche ou jaune ou un représentant légal, uniquement pour cette visite. Ce n’est envoyé que dans la copie signée du fichier d’identité de votre carte.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/privacy.py" line="222"/>
        <source>A signed copy of your card&apos;s identity file (it also holds your date and place of birth, gender, nationality, the card&apos;s dates and any mention of a white or yellow cane), its signatures and certificate, so that the network can check your card itself. Not your address, not your photo.</source>
        <translation>Une copie signée du fichier d’identité de votre carte (il contient aussi vos date et lieu de naissance, sexe, nationalité, les dates de la carte et l’éventuelle mention d’une canne blanche ou jaune), ses signatures et son certificat, pour que le réseau puisse vérifier votre carte lui-même. Ni votre adresse, ni votre photo.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="113"/>
        <source>Ticked.</source>
        <translation>Coché.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="114"/>
        <source>Not ticked.</source>
        <translation>Non coché.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="339"/>
        <source>Read aloud</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="342"/>
        <source>Reads the page aloud. Shortcut: F2.</source>
        <translation>Lit la page à voix haute. Raccourci&#xa0;: F2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/read_aloud.py" line="344"/>
        <source>Read my details aloud</source>
        <translation>Lire mes données à voix haute</translation>
    </message>
</context>
<context>
    <name>RefusalPage</name>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="75"/>
        <source>You do not agree to share your health data</source>
        <translation>Vous refusez le partage de vos données de santé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="76"/>
        <source>That is your right.</source>
        <translation>C’est votre droit.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="77"/>
        <source>Your care stays exactly the same.</source>
        <translation>Vos soins restent exactement les mêmes.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="79"/>
        <source>Your care providers will go on treating you as before; they just cannot share your health data with each other electronically.</source>
        <translation>Vos prestataires de soins continueront à vous soigner comme avant&#xa0;; simplement, ils ne pourront pas partager vos données de santé entre eux par voie électronique.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="86"/>
        <source>If you change your mind, you can give your consent later, with your doctor or pharmacist, or on the network&apos;s website.</source>
        <translation>Si vous changez d’avis, vous pourrez donner votre consentement plus tard, chez votre médecin ou votre pharmacien, ou sur le site du réseau.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="92"/>
        <source>Do you confirm that you do not agree?</source>
        <translation>Confirmez-vous votre refus&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="93"/>
        <source>No, go back</source>
        <translation>Non, revenir</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="94"/>
        <source>Yes, I confirm</source>
        <translation>Oui, je confirme</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="98"/>
        <source>Returns to the question about sharing your health data.</source>
        <translation>Revient à la question sur le partage de vos données de santé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/refusal.py" line="101"/>
        <source>Records that you do not agree. You can check it before it is sent.</source>
        <translation>Enregistre votre refus. Vous pourrez le vérifier avant son envoi.</translation>
    </message>
</context>
<context>
    <name>RemovableRow</name>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="85"/>
        <source>Remove {name}?</source>
        <translation>Retirer {name}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="88"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="90"/>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="92"/>
        <source>Yes, remove</source>
        <translation>Oui, retirer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="93"/>
        <source>No, keep</source>
        <translation>Non, garder</translation>
    </message>
</context>
<context>
    <name>RepresentationPage</name>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="55"/>
        <source>Back to the start</source>
        <translation>Retour au début</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="29"/>
        <source>A legal representative acts for the holder of this card</source>
        <translation>Un représentant légal agit pour le titulaire de cette carte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="32"/>
        <source>This card says that a legal representative, such as an administrator, acts for its holder. That representative registers the consent for them: it cannot be done at this kiosk.</source>
        <translation>Selon cette carte, un représentant légal, par exemple un administrateur, agit pour son titulaire. C’est ce représentant qui donne le consentement en son nom&#xa0;: ce n’est pas possible à cette borne.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="38"/>
        <source>The representative can do it:</source>
        <translation>Le représentant peut le faire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="40"/>
        <source>with the family doctor,</source>
        <translation>chez le médecin généraliste,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="41"/>
        <source>at the admissions desk of a hospital,</source>
        <translation>au service des admissions d’un hôpital,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="42"/>
        <source>at the health insurance fund (mutuality),</source>
        <translation>à la mutualité,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="43"/>
        <source>or with the Brussels Health Network: its “third party registration” form, signed, with a copy of both identity cards.</source>
        <translation>ou auprès du Réseau Santé Bruxellois&#xa0;: avec son formulaire d’inscription par un tiers, signé, et une copie des deux cartes d’identité.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="49"/>
        <source>Do you have a question? A volunteer at the stand will gladly help.</source>
        <translation>Une question&#xa0;? Un bénévole du stand vous aidera volontiers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="53"/>
        <source>Please take the card out of the reader.</source>
        <translation>Veuillez retirer la carte du lecteur.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/representation.py" line="54"/>
        <source>Nothing from this card has been kept.</source>
        <translation>Rien de cette carte n’a été conservé.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="130"/>
        <source>Confirm and send</source>
        <translation>Confirmer et envoyer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="136"/>
        <source>Please check your choices</source>
        <translation>Vérifiez vos choix</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="138"/>
        <source>This is what will be sent to the health network.</source>
        <translation>Voici ce qui sera envoyé au réseau de santé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="140"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="141"/>
        <source>Your choice</source>
        <translation>Votre choix</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="142"/>
        <source>Trusted persons</source>
        <translation>Personnes de confiance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="143"/>
        <source>Excluded care providers</source>
        <translation>Prestataires de soins exclus</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="145"/>
        <source>When you confirm, your choices are encrypted and sent to the Brussels Health Network. If the network cannot be reached right now, this kiosk keeps them safely and sends them later.</source>
        <translation>Quand vous confirmez, vos choix sont chiffrés et envoyés au Réseau Santé Bruxellois. Si le réseau n’est pas joignable pour le moment, cette borne les conserve en sécurité et les envoie plus tard.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="173"/>
        <source>National number: {number}</source>
        <translation>Numéro de registre national&#xa0;: {number}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="181"/>
        <source>You agree to share your health data.</source>
        <translation>Vous acceptez le partage de vos données de santé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="183"/>
        <source>You do not agree to share your health data.</source>
        <translation>Vous refusez le partage de vos données de santé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="186"/>
        <source>None</source>
        <translation>Néant</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="204"/>
        <source>Trusted persons: none</source>
        <translation>Personnes de confiance&#xa0;: aucune</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="205"/>
        <source>Trusted persons: {n}</source>
        <translation>Personnes de confiance&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="210"/>
        <source>Excluded care providers: none</source>
        <translation>Prestataires de soins exclus&#xa0;: aucun</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="211"/>
        <source>Excluded care providers: {n}</source>
        <translation>Prestataires de soins exclus&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="219"/>
        <source>{name}, national number {number}</source>
        <translation>{name}, numéro de registre national {number}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="228"/>
        <source>NIHII {number}</source>
        <translation>INAMI {number}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/review.py" line="229"/>
        <source>{name}, NIHII {number}</source>
        <translation>{name}, INAMI {number}</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="78"/>
        <source>Choices cannot be saved: please ask a volunteer</source>
        <translation>Impossible d’enregistrer&#xa0;: demandez à un bénévole</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="81"/>
        <source>Network: checking</source>
        <translation>Réseau&#xa0;: vérification</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="83"/>
        <source>Sending paused: please ask a volunteer</source>
        <translation>Envoi en pause&#xa0;: demandez à un bénévole</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="86"/>
        <source>Storage problem: please ask a volunteer</source>
        <translation>Problème de stockage&#xa0;: demandez à un bénévole</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="89"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="91"/>
        <source>Network: connected</source>
        <translation>Réseau&#xa0;: connecté</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="93"/>
        <source>No network: choices are kept safely and sent later</source>
        <translation>Hors ligne&#xa0;: choix gardés en sécurité, envoi plus tard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="102"/>
        <source>Need a volunteer: {n}</source>
        <translation>Bénévole requis&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="105"/>
        <source>Waiting to be sent: {n}</source>
        <translation>En attente d’envoi&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="111"/>
        <source>Card reader: starting</source>
        <translation>Lecteur de carte&#xa0;: démarrage</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="112"/>
        <source>Card reader not working</source>
        <translation>Lecteur de carte en panne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="113"/>
        <source>No card reader connected</source>
        <translation>Pas de lecteur de carte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="114"/>
        <source>Card reader ready</source>
        <translation>Lecteur de carte prêt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="115"/>
        <source>Card in the reader</source>
        <translation>Carte dans le lecteur</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/status_strip.py" line="116"/>
        <source>Reading the card</source>
        <translation>Lecture de la carte</translation>
    </message>
</context>
<context>
    <name>StillTherePage</name>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="71"/>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="73"/>
        <source>For your privacy, the kiosk will erase what you entered and start again when the countdown reaches zero.</source>
        <translation>Pour protéger votre vie privée, la borne effacera ce que vous avez saisi et recommencera quand le compte à rebours arrivera à zéro.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="79"/>
        <source>I am still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/still_there.py" line="100"/>
        <location filename="../kiosk/ui/read_aloud.py" line="265"/>
        <source>Seconds left: {n}</source>
        <translation>Secondes restantes&#xa0;: {n}</translation>
    </message>
</context>
<context>
    <name>SubmitErrorPage</name>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="47"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="53"/>
        <source>We could not save your choices just now</source>
        <translation>Nous n’avons pas pu enregistrer vos choix</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="55"/>
        <source>Nothing is lost: your choices are still here.</source>
        <translation>Rien n’est perdu&#xa0;: vos choix sont toujours là.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="57"/>
        <source>Please try again.</source>
        <translation>Veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/submit_error.py" line="59"/>
        <source>If it still does not work, please ask a volunteer for help.</source>
        <translation>Si cela ne fonctionne toujours pas, demandez de l’aide à un bénévole.</translation>
    </message>
</context>
<context>
    <name>SwapPage</name>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="209"/>
        <source>Take your card out of the reader</source>
        <translation>Retirez votre carte du lecteur</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="210"/>
        <source>Then we will read your trusted person&apos;s card. Your answers so far are kept.</source>
        <translation>Ensuite, nous lirons la carte de votre personne de confiance. Vos réponses sont conservées.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="217"/>
        <source>Put your trusted person&apos;s card in the reader</source>
        <translation>Insérez la carte de votre personne de confiance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="218"/>
        <source>Chip first, and leave it in until we say so.</source>
        <translation>Puce en premier. Laissez-la jusqu’à ce qu’on vous le dise.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="222"/>
        <source>Reading the card…</source>
        <translation>Lecture de la carte…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="223"/>
        <source>This takes a few seconds. Please leave the card in.</source>
        <translation>Cela prend quelques secondes. Laissez la carte dans le lecteur.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="227"/>
        <source>Is this your trusted person?</source>
        <translation>Est-ce votre personne de confiance&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="228"/>
        <source>If it is, tick the box and tap “Yes, add this person”.</source>
        <translation>Si oui, cochez la case et touchez «&#xa0;Oui, ajouter cette personne&#xa0;».</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="234"/>
        <source>Take their card out of the reader</source>
        <translation>Retirez sa carte du lecteur</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="235"/>
        <source>Give it back to them. Then we need your own card again.</source>
        <translation>Rendez-la à votre personne de confiance. Ensuite, nous aurons à nouveau besoin de votre carte.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="238"/>
        <source>Put your own card back in the reader</source>
        <translation>Remettez votre propre carte dans le lecteur</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="239"/>
        <source>We check that it is you, so that your answers stay safe.</source>
        <translation>Nous vérifions que c’est bien vous, pour que vos réponses restent protégées.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="247"/>
        <source>This is your own card</source>
        <translation>C’est votre propre carte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="248"/>
        <source>Take your card out and put in your trusted person&apos;s card.</source>
        <translation>Retirez votre carte et insérez celle de votre personne de confiance.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="252"/>
        <source>This person is already on your list</source>
        <translation>Cette personne est déjà dans votre liste</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="253"/>
        <source>Take this card out. You can put in another person&apos;s card, or stop adding.</source>
        <translation>Retirez cette carte. Vous pouvez insérer la carte d’une autre personne, ou arrêter l’ajout.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="259"/>
        <source>This is not the card you started with</source>
        <translation>Ce n’est pas la carte du début</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="260"/>
        <source>This card has expired</source>
        <translation>Cette carte est expirée</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="261"/>
        <source>The card came out too soon</source>
        <translation>La carte a été retirée trop tôt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="262"/>
        <source>This is not a Belgian eID card</source>
        <translation>Ce n’est pas une carte eID belge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="264"/>
        <source>The card could not be used</source>
        <translation>La carte n’a pas pu être utilisée</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="354"/>
        <source>Yes, add this person</source>
        <translation>Oui, ajouter cette personne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="358"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="377"/>
        <source>Step {number} of {total}</source>
        <translation>Étape {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="386"/>
        <source>I confirm that this person has registered their own informed consent.</source>
        <translation>Je confirme&#xa0;: cette personne a donné son consentement éclairé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="393"/>
        <source>Not registered yet? They can register at this kiosk too. You can add them afterwards.</source>
        <translation>Pas encore de consentement&#xa0;? Cette personne peut le donner à cette borne. Vous pourrez l’ajouter ensuite.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="400"/>
        <source>No, do not add this person</source>
        <translation>Non, ne pas ajouter cette personne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/swap.py" line="402"/>
        <source>Stop adding a trusted person</source>
        <translation>Ne pas ajouter de personne de confiance</translation>
    </message>
</context>
<context>
    <name>TrustedPage</name>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="43"/>
        <source>Please type their surname.</source>
        <translation>Tapez le nom de famille.</translation>
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
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="218"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="224"/>
        <source>A trusted person (optional)</source>
        <translation>Une personne de confiance (facultatif)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="226"/>
        <source>A trusted person helps you manage your shared health record, for example a relative or a friend. You stay the one who decides. Your trusted person must have registered their own informed consent too.</source>
        <translation>Une personne de confiance vous aide à gérer votre dossier santé partagé, par exemple un proche ou un ami. C’est toujours vous qui décidez. Votre personne de confiance doit aussi avoir donné elle-même son consentement éclairé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="233"/>
        <source>Your trusted persons</source>
        <translation>Vos personnes de confiance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="234"/>
        <source>You have not named anyone yet.</source>
        <translation>Vous n’avez encore désigné personne.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="235"/>
        <source>Add a trusted person</source>
        <translation>Ajouter une personne de confiance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="236"/>
        <source>Read their eID card</source>
        <translation>Lire sa carte eID</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="237"/>
        <source>Their card must be here with you.</source>
        <translation>Sa carte doit être ici avec vous.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="238"/>
        <source>Type their details</source>
        <translation>Taper ses informations</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="240"/>
        <source>You need their national number and their card number.</source>
        <translation>Numéro de registre national et de carte requis.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted.py" line="243"/>
        <source>You cannot add more trusted persons here. You can add more on the website of the Brussels Health Network.</source>
        <translation>Vous ne pouvez plus ajouter de personnes de confiance ici. Vous pouvez en ajouter d’autres sur le site du Réseau Santé Bruxellois.</translation>
    </message>
</context>
<context>
    <name>TrustedTypedPage</name>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="87"/>
        <source>{n} of 11 digits typed.</source>
        <translation>Chiffres saisis&#xa0;: {n}&#xa0;sur&#xa0;11.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="88"/>
        <source>{n} of 12 digits typed.</source>
        <translation>Chiffres saisis&#xa0;: {n}&#xa0;sur&#xa0;12.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="94"/>
        <source>Digits only, please.</source>
        <translation>Uniquement des chiffres, s’il vous plaît.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="95"/>
        <source>Too many digits.</source>
        <translation>Trop de chiffres.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="96"/>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="99"/>
        <source>Not right: please check the digits.</source>
        <translation>Incorrect&#xa0;: vérifiez les chiffres.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="102"/>
        <source>12 digits, or B and 9 digits.</source>
        <translation>12 chiffres, ou B et 9 chiffres.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="103"/>
        <source>This is your own number.</source>
        <translation>C’est votre propre numéro.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="104"/>
        <source>Already on your list.</source>
        <translation>Déjà dans votre liste.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="105"/>
        <source>Please type their surname.</source>
        <translation>Tapez le nom de famille.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="314"/>
        <source>Add this person</source>
        <translation>Ajouter cette personne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="324"/>
        <source>Please fill in the national number, the card number and the surname.</source>
        <translation>Remplissez le numéro de registre national, le numéro de carte et le nom de famille.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="348"/>
        <source>Type your trusted person&apos;s details</source>
        <translation>Tapez les informations de votre personne de confiance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="350"/>
        <source>National number</source>
        <translation>Numéro de registre national</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="351"/>
        <source>Card number of their eID</source>
        <translation>Numéro de la carte eID</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="352"/>
        <source>Surname</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="353"/>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/trusted_typed.py" line="359"/>
        <source>I confirm that this person has registered their own informed consent.</source>
        <translation>Je confirme&#xa0;: cette personne a donné son consentement éclairé.</translation>
    </message>
</context>
<context>
    <name>Under16Page</name>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="41"/>
        <source>Back to the start</source>
        <translation>Retour au début</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="25"/>
        <source>This card belongs to a child under 16</source>
        <translation>Cette carte appartient à un enfant de moins de 16 ans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="26"/>
        <source>Children under 16 do not register themselves. Their parent or legal representative does it for them.</source>
        <translation>Les enfants de moins de 16 ans ne s’inscrivent pas eux-mêmes. Leur parent ou représentant légal le fait pour eux.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="31"/>
        <source>The parent or representative can do it:</source>
        <translation>Le parent ou le représentant peut le faire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="33"/>
        <source>with the family doctor,</source>
        <translation>chez le médecin généraliste,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="34"/>
        <source>at the admissions desk of a hospital,</source>
        <translation>au service des admissions d’un hôpital,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="35"/>
        <source>at the health insurance fund (mutuality),</source>
        <translation>à la mutualité,</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="36"/>
        <source>or on the website of the Brussels Health Network.</source>
        <translation>ou sur le site du Réseau Santé Bruxellois.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="38"/>
        <source>From the age of 16, you can register yourself.</source>
        <translation>À partir de 16 ans, vous pouvez vous inscrire vous-même.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="39"/>
        <source>Please take the card out of the reader.</source>
        <translation>Veuillez retirer la carte du lecteur.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pages/under16.py" line="40"/>
        <source>Nothing from this card has been kept.</source>
        <translation>Rien de cette carte n’a été conservé.</translation>
    </message>
</context>
</TS>

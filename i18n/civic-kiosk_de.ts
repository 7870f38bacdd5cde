<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutPage</name>
    <message>
        <source>About</source>
        <translation>Über uns</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>Inhaltsversion %1</translation>
    </message>
</context>
<context>
    <name>AccessibilityButton</name>
    <message>
        <source>Accessibility: large text, high contrast, within reach, easy language</source>
        <translation>Barrierefreiheit: große Schrift, starker Kontrast, in Reichweite, Leichte Sprache</translation>
    </message>
</context>
<context>
    <name>AccessibilitySheet</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Make it easier to use</source>
        <translation>Einfacher bedienen</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Starker Kontrast</translation>
    </message>
    <message>
        <source>Everything within reach from a wheelchair</source>
        <translation>Alles im Rollstuhl erreichbar</translation>
    </message>
    <message>
        <source>Easy-to-read German</source>
        <translation>Leichte Sprache</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Vorlesen beenden</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation>Diese Seite vorlesen</translation>
    </message>
</context>
<context>
    <name>AdminController</name>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>(no kiosk.conf)</source>
        <translation>(keine kiosk.conf)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Pack made</source>
        <translation>Paket erstellt</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>– NOT TRUSTED: earlier than the pack was made</source>
        <translation>– NICHT VERLÄSSLICH: vor dem Erstellungsdatum des Pakets</translation>
    </message>
    <message>
        <source>Last update check</source>
        <translation>Letzte Update-Prüfung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Free space for packs</source>
        <translation>Freier Platz für Pakete</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Läuft seit</translation>
    </message>
    <message>
        <source>Machine up for</source>
        <translation>Gerät an seit</translation>
    </message>
    <message>
        <source>Cannot ask: this kiosk has no state folder (run with a kiosk.conf).</source>
        <translation>Nicht möglich: dieser Kiosk hat keinen Statusordner (mit kiosk.conf starten).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Update check requested: civic-kioskctl will check within a minute.</source>
        <translation>Update-Prüfung angefordert: civic-kioskctl prüft innerhalb einer Minute.</translation>
    </message>
    <message>
        <source>Rollback requested: civic-kioskctl will go back to the previous version within a minute.</source>
        <translation>Rückkehr angefordert: civic-kioskctl geht innerhalb einer Minute zur vorigen Version zurück.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Kiosk administration</source>
        <translation>Kiosk-Verwaltung</translation>
    </message>
    <message>
        <source>The clock is earlier than the pack was made, so it cannot be right: check the network time. Until then the kiosk treats the pack&apos;s date as today.</source>
        <translation>Die Uhr geht vor dem Erstellungsdatum des Pakets, sie kann also nicht stimmen: bitte die Netzwerkzeit prüfen. Bis dahin gilt das Datum des Pakets als heute.</translation>
    </message>
    <message>
        <source>Recent warnings</source>
        <translation>Letzte Warnungen</translation>
    </message>
    <message>
        <source>None since the start.</source>
        <translation>Keine seit dem Start.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Nach Updates suchen</translation>
    </message>
    <message>
        <source>Previous pack</source>
        <translation>Vorige Paketversion</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Touch-Test</translation>
    </message>
    <message>
        <source>Colour bars</source>
        <translation>Farbbalken</translation>
    </message>
    <message>
        <source>Restart program</source>
        <translation>Programm neu starten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AttractView</name>
    <message>
        <source>Touch the screen: tips, help and contacts</source>
        <translation>Tippen Sie auf den Bildschirm: Tipps, Hilfe und Kontakte</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <source>Touch to use the kiosk</source>
        <translation>Antippen, um den Kiosk zu benutzen</translation>
    </message>
    <message>
        <source>Closed. Open again: %1</source>
        <translation>Geschlossen. Wieder geöffnet: %1</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Geschlossen.</translation>
    </message>
    <message>
        <source>Touch the screen to use the kiosk anyway.</source>
        <translation>Tippen Sie auf den Bildschirm, um den Kiosk trotzdem zu benutzen.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notruf</translation>
    </message>
</context>
<context>
    <name>ColourBars</name>
    <message>
        <source>Colour bars; tap to close</source>
        <translation>Farbbalken; antippen zum Schließen</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Free of charge</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Not confirmed yet – please check before you rely on it.</source>
        <translation>Noch nicht bestätigt – bitte vorher prüfen.</translation>
    </message>
    <message>
        <source>Save on your phone</source>
        <translation>Aufs Handy speichern</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to save this contact.</source>
        <translation>Mit der Handykamera scannen und den Kontakt speichern.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notruf</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Hilfetelefone</translation>
    </message>
    <message>
        <source>Advice and offices</source>
        <translation>Beratung und Ämter</translation>
    </message>
    <message>
        <source>Your district</source>
        <translation>Ihr Stadtbezirk</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <source>Emergency</source>
        <translation>Notruf</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not translated yet – shown in: %1</source>
        <translation>Noch nicht übersetzt – angezeigt auf: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Contacts and projects here</source>
        <translation>Kontakte und Projekte hier</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>Was möchten Sie wissen?</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>About the partnership</source>
        <translation>Über die Sicherheitspartnerschaft</translation>
    </message>
    <message>
        <source>Search tips, projects, contacts</source>
        <translation>Tipps, Projekte, Kontakte suchen</translation>
    </message>
    <message>
        <source>Show all topics</source>
        <translation>Alle Themen zeigen</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>Starting over for the next visitor in: %1</source>
        <translation>Neustart für die nächste Person in: %1</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Ja, ich bin noch da</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>Sprache wählen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LowReachBand</name>
    <message>
        <source>Everything you can touch is now in the lower part of the screen.</source>
        <translation>Alles zum Antippen ist jetzt im unteren Teil des Bildschirms.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Technicians: hold for three seconds</source>
        <translation>Technik: drei Sekunden halten</translation>
    </message>
</context>
<context>
    <name>ModeToggle</name>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>Urgent warning</source>
        <translation>Dringende Warnung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN. %1 more tries before the pad locks.</source>
        <translation>Falsche PIN. Noch %1 Versuche, dann wird gesperrt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Technician PIN</source>
        <translation>Technik-PIN</translation>
    </message>
    <message>
        <source>No PIN is set in kiosk.conf: the admin page is off.</source>
        <translation>In kiosk.conf ist keine PIN gesetzt: die Verwaltung ist aus.</translation>
    </message>
    <message>
        <source>Locked after five wrong PINs. Try again in %1 min.</source>
        <translation>Gesperrt nach fünf falschen PINs. In %1 Min. wieder versuchen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Year: %1</source>
        <translation>Jahr: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Stadtbezirk: %1</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to find this project on the web.</source>
        <translation>Mit der Handykamera scannen und das Projekt im Internet finden.</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search tips, projects, contacts</source>
        <translation>Tipps, Projekte, Kontakte suchen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Stadtbezirke</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Type a word, for example “burglary” or a district.</source>
        <translation>Tippen Sie ein Wort, zum Beispiel „Einbruch“ oder einen Stadtbezirk.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try a shorter or another word.</source>
        <translation>Nichts gefunden für „%1“. Versuchen Sie ein kürzeres oder anderes Wort.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
</context>
<context>
    <name>SetupProblemBanner</name>
    <message>
        <source>Setup problem: this kiosk&apos;s settings file has mistakes, so the kiosk keeps its previous settings.</source>
        <translation>Einrichtungsfehler: Die Einstellungsdatei dieses Kiosks enthält Fehler. Der Kiosk behält seine bisherigen Einstellungen.</translation>
    </message>
    <message>
        <source>Hide until restart</source>
        <translation>Bis zum Neustart ausblenden</translation>
    </message>
</context>
<context>
    <name>SignLanguageButton</name>
    <message>
        <source>In sign language</source>
        <translation>In Gebärdensprache</translation>
    </message>
</context>
<context>
    <name>SignLanguageVideo</name>
    <message>
        <source>In sign language</source>
        <translation>In Gebärdensprache</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>TakeAwayCard</name>
    <message>
        <source>QR code: %1</source>
        <translation>QR-Code: %1</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation>Zum Mitnehmen</translation>
    </message>
</context>
<context>
    <name>TipPage</name>
    <message>
        <source>In short</source>
        <translation>Kurz gesagt</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>Wen Sie anrufen können</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to read this tip again later.</source>
        <translation>Mit der Handykamera scannen und den Tipp später noch einmal lesen.</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Touch anywhere. The ring must sit under your finger.</source>
        <translation>Irgendwo antippen. Der Ring muss unter dem Finger sitzen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
</TS>

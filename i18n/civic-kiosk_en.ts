<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>Content version %1</translation>
    </message>
</context>
<context>
    <name>AccessibilityButton</name>
    <message>
        <source>Accessibility: large text, high contrast, within reach, easy language</source>
        <translation>Accessibility: large text, high contrast, within reach, easy language</translation>
    </message>
</context>
<context>
    <name>AccessibilitySheet</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Make it easier to use</source>
        <translation>Make it easier to use</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Everything within reach from a wheelchair</source>
        <translation>Everything within reach from a wheelchair</translation>
    </message>
    <message>
        <source>Easy-to-read German</source>
        <translation>Easy-to-read German</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Stop reading aloud</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation>Read this page aloud</translation>
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
        <translation>(no kiosk.conf)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Pack made</source>
        <translation>Pack made</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>– NOT TRUSTED: earlier than the pack was made</source>
        <translation>– NOT TRUSTED: earlier than the pack was made</translation>
    </message>
    <message>
        <source>Last update check</source>
        <translation>Last update check</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Free space for packs</source>
        <translation>Free space for packs</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Running for</translation>
    </message>
    <message>
        <source>Machine up for</source>
        <translation>Machine up for</translation>
    </message>
    <message>
        <source>Cannot ask: this kiosk has no state folder (run with a kiosk.conf).</source>
        <translation>Cannot ask: this kiosk has no state folder (run with a kiosk.conf).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Update check requested: civic-kioskctl will check within a minute.</source>
        <translation>Update check requested: civic-kioskctl will check within a minute.</translation>
    </message>
    <message>
        <source>Rollback requested: civic-kioskctl will go back to the previous version within a minute.</source>
        <translation>Rollback requested: civic-kioskctl will go back to the previous version within a minute.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Kiosk administration</source>
        <translation>Kiosk administration</translation>
    </message>
    <message>
        <source>The clock is earlier than the pack was made, so it cannot be right: check the network time. Until then the kiosk treats the pack&apos;s date as today.</source>
        <translation>The clock is earlier than the pack was made, so it cannot be right: check the network time. Until then the kiosk treats the pack&apos;s date as today.</translation>
    </message>
    <message>
        <source>Recent warnings</source>
        <translation>Recent warnings</translation>
    </message>
    <message>
        <source>None since the start.</source>
        <translation>None since the start.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Check for updates</translation>
    </message>
    <message>
        <source>Previous pack</source>
        <translation>Previous pack</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Touch test</translation>
    </message>
    <message>
        <source>Colour bars</source>
        <translation>Colour bars</translation>
    </message>
    <message>
        <source>Restart program</source>
        <translation>Restart program</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AttractView</name>
    <message>
        <source>Touch the screen: tips, help and contacts</source>
        <translation>Touch the screen: tips, help and contacts</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <source>Touch to use the kiosk</source>
        <translation>Touch to use the kiosk</translation>
    </message>
    <message>
        <source>Closed. Open again: %1</source>
        <translation>Closed. Open again: %1</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Closed.</translation>
    </message>
    <message>
        <source>Touch the screen to use the kiosk anyway.</source>
        <translation>Touch the screen to use the kiosk anyway.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
</context>
<context>
    <name>ColourBars</name>
    <message>
        <source>Colour bars; tap to close</source>
        <translation>Colour bars; tap to close</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Free of charge</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Not confirmed yet – please check before you rely on it.</source>
        <translation>Not confirmed yet – please check before you rely on it.</translation>
    </message>
    <message>
        <source>Save on your phone</source>
        <translation>Save on your phone</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to save this contact.</source>
        <translation>Scan with your phone&apos;s camera to save this contact.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Helplines</translation>
    </message>
    <message>
        <source>Advice and offices</source>
        <translation>Advice and offices</translation>
    </message>
    <message>
        <source>Your district</source>
        <translation>Your district</translation>
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
        <translation>Projects</translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not translated yet – shown in: %1</source>
        <translation>Not translated yet – shown in: %1</translation>
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
        <translation>Contacts and projects here</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>What would you like to know?</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>About the partnership</source>
        <translation>About the partnership</translation>
    </message>
    <message>
        <source>Search tips, projects, contacts</source>
        <translation>Search tips, projects, contacts</translation>
    </message>
    <message>
        <source>Show all topics</source>
        <translation>Show all topics</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Still there?</translation>
    </message>
    <message>
        <source>Starting over for the next visitor in: %1</source>
        <translation>Starting over for the next visitor in: %1</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Yes, I am still here</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LowReachBand</name>
    <message>
        <source>Everything you can touch is now in the lower part of the screen.</source>
        <translation>Everything you can touch is now in the lower part of the screen.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Technicians: hold for three seconds</source>
        <translation>Technicians: hold for three seconds</translation>
    </message>
</context>
<context>
    <name>ModeToggle</name>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>Urgent warning</source>
        <translation>Urgent warning</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN. %1 more tries before the pad locks.</source>
        <translation>Wrong PIN. %1 more tries before the pad locks.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Technician PIN</source>
        <translation>Technician PIN</translation>
    </message>
    <message>
        <source>No PIN is set in kiosk.conf: the admin page is off.</source>
        <translation>No PIN is set in kiosk.conf: the admin page is off.</translation>
    </message>
    <message>
        <source>Locked after five wrong PINs. Try again in %1 min.</source>
        <translation>Locked after five wrong PINs. Try again in %1 min.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Year: %1</source>
        <translation>Year: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>District: %1</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to find this project on the web.</source>
        <translation>Scan with your phone&apos;s camera to find this project on the web.</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search tips, projects, contacts</source>
        <translation>Search tips, projects, contacts</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Type a word, for example “burglary” or a district.</source>
        <translation>Type a word, for example “burglary” or a district.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try a shorter or another word.</source>
        <translation>Nothing found for “%1”. Try a shorter or another word.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
</context>
<context>
    <name>SetupProblemBanner</name>
    <message>
        <source>Setup problem: this kiosk&apos;s settings file has mistakes, so the kiosk keeps its previous settings.</source>
        <translation>Setup problem: this kiosk&apos;s settings file has mistakes, so the kiosk keeps its previous settings.</translation>
    </message>
    <message>
        <source>Hide until restart</source>
        <translation>Hide until restart</translation>
    </message>
</context>
<context>
    <name>SignLanguageButton</name>
    <message>
        <source>In sign language</source>
        <translation>In sign language</translation>
    </message>
</context>
<context>
    <name>SignLanguageVideo</name>
    <message>
        <source>In sign language</source>
        <translation>In sign language</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TakeAwayCard</name>
    <message>
        <source>QR code: %1</source>
        <translation>QR code: %1</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation>Take it with you</translation>
    </message>
</context>
<context>
    <name>TipPage</name>
    <message>
        <source>In short</source>
        <translation>In short</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>Whom to call</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to read this tip again later.</source>
        <translation>Scan with your phone&apos;s camera to read this tip again later.</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Touch anywhere. The ring must sit under your finger.</source>
        <translation>Touch anywhere. The ring must sit under your finger.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
</TS>

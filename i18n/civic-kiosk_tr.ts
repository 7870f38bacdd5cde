<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AboutPage</name>
    <message>
        <source>About</source>
        <translation>Hakkında</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>İçerik sürümü %1</translation>
    </message>
</context>
<context>
    <name>AccessibilityButton</name>
    <message>
        <source>Accessibility: large text, high contrast, within reach, easy language</source>
        <translation>Erişilebilirlik: büyük yazı, yüksek kontrast, erişilebilir konum, kolay dil</translation>
    </message>
</context>
<context>
    <name>AccessibilitySheet</name>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Make it easier to use</source>
        <translation>Kullanımı kolaylaştır</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Büyük yazı</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <source>Everything within reach from a wheelchair</source>
        <translation>Tekerlekli sandalyeden her şeye ulaşılabilir</translation>
    </message>
    <message>
        <source>Easy-to-read German</source>
        <translation>Kolay okunur Almanca</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Sesli okumayı durdur</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation>Bu sayfayı sesli oku</translation>
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
        <translation>Ekrana dokunun: ipuçları, yardım ve iletişim</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <source>Touch to use the kiosk</source>
        <translation>Kioskı kullanmak için dokunun</translation>
    </message>
    <message>
        <source>Closed. Open again: %1</source>
        <translation>Kapalı. Tekrar açılış: %1</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Kapalı.</translation>
    </message>
    <message>
        <source>Touch the screen to use the kiosk anyway.</source>
        <translation>Yine de kullanmak için ekrana dokunun.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Acil</translation>
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
        <translation>Ücretsiz</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>Not confirmed yet – please check before you rely on it.</source>
        <translation>Henüz doğrulanmadı – lütfen güvenmeden önce kontrol edin.</translation>
    </message>
    <message>
        <source>Save on your phone</source>
        <translation>Telefonuna kaydet</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>İletişim</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to save this contact.</source>
        <translation>Bu kişiyi kaydetmek için telefonunuzun kamerasıyla tarayın.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>İletişim</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Acil durum</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Yardım hatları</translation>
    </message>
    <message>
        <source>Advice and offices</source>
        <translation>Danışma ve daireler</translation>
    </message>
    <message>
        <source>Your district</source>
        <translation>İlçeniz</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <source>In %1</source>
        <translation>%1 ilçesinde</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <source>Emergency</source>
        <translation>Acil</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not translated yet – shown in: %1</source>
        <translation>Henüz çevrilmedi – gösterilen dil: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>In %1</source>
        <translation>%1 ilçesinde</translation>
    </message>
    <message>
        <source>Contacts and projects here</source>
        <translation>Buradaki iletişim ve projeler</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>Ne öğrenmek istersiniz?</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>İletişim</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bilmekte fayda var</translation>
    </message>
    <message>
        <source>About the partnership</source>
        <translation>Ortaklık hakkında</translation>
    </message>
    <message>
        <source>Search tips, projects, contacts</source>
        <translation>İpuçları, projeler, iletişim ara</translation>
    </message>
    <message>
        <source>Show all topics</source>
        <translation>Tüm konuları göster</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Hâlâ orada mısınız?</translation>
    </message>
    <message>
        <source>Starting over for the next visitor in: %1</source>
        <translation>Bir sonraki ziyaretçi için yeniden başlıyor: %1</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Evet, hâlâ buradayım</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>Dilinizi seçin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>LowReachBand</name>
    <message>
        <source>Everything you can touch is now in the lower part of the screen.</source>
        <translation>Dokunabileceğiniz her şey artık ekranın alt kısmında.</translation>
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
        <translation>açık</translation>
    </message>
    <message>
        <source>off</source>
        <translation>kapalı</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Ana sayfa</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Dil: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>Urgent warning</source>
        <translation>Acil uyarı</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Duyuru</translation>
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
        <translation>Yıl: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>İlçe: %1</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Ortaklar</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to find this project on the web.</source>
        <translation>Bu projeyi internette bulmak için telefonunuzun kamerasıyla tarayın.</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Search tips, projects, contacts</source>
        <translation>İpuçları, projeler, iletişim ara</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Sil</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>İpuçları</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>İletişim</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>İlçeler</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Bilgiler</translation>
    </message>
    <message>
        <source>Type a word, for example “burglary” or a district.</source>
        <translation>Bir kelime yazın, örneğin „hırsızlık“ ya da bir ilçe.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try a shorter or another word.</source>
        <translation>„%1“ için sonuç yok. Daha kısa ya da başka bir kelime deneyin.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Tips</source>
        <translation>İpuçları</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projeler</translation>
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
        <translation>İşaret dilinde</translation>
    </message>
</context>
<context>
    <name>SignLanguageVideo</name>
    <message>
        <source>In sign language</source>
        <translation>İşaret dilinde</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>TakeAwayCard</name>
    <message>
        <source>QR code: %1</source>
        <translation>QR kod: %1</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation>Yanınızda götürün</translation>
    </message>
</context>
<context>
    <name>TipPage</name>
    <message>
        <source>In short</source>
        <translation>Kısaca</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>Kimi arayabilirsiniz</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to read this tip again later.</source>
        <translation>Bu ipucunu daha sonra tekrar okumak için telefonunuzun kamerasıyla tarayın.</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutPage</name>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>إصدار المحتوى %1</translation>
    </message>
</context>
<context>
    <name>AccessibilityButton</name>
    <message>
        <source>Accessibility: large text, high contrast, within reach, easy language</source>
        <translation>تسهيلات الوصول: خط كبير، تباين عالٍ، في متناول اليد، لغة مبسطة</translation>
    </message>
</context>
<context>
    <name>AccessibilitySheet</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Make it easier to use</source>
        <translation>اجعل الاستخدام أسهل</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>خط كبير</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Everything within reach from a wheelchair</source>
        <translation>كل شيء في متناول مستخدمي الكراسي المتحركة</translation>
    </message>
    <message>
        <source>Easy-to-read German</source>
        <translation>ألمانية سهلة القراءة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>إيقاف القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation>اقرأ هذه الصفحة بصوت عالٍ</translation>
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
        <translation>المس الشاشة: نصائح ومساعدة وجهات اتصال</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <source>Touch to use the kiosk</source>
        <translation>المس لاستخدام الجهاز</translation>
    </message>
    <message>
        <source>Closed. Open again: %1</source>
        <translation>مغلق. يفتح مجدداً: %1</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>مغلق.</translation>
    </message>
    <message>
        <source>Touch the screen to use the kiosk anyway.</source>
        <translation>المس الشاشة لاستخدام الجهاز على أي حال.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>الطوارئ</translation>
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
        <translation>مجاني</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>دون ذكر الاسم</translation>
    </message>
    <message>
        <source>Not confirmed yet – please check before you rely on it.</source>
        <translation>لم يتم التأكد منه بعد – يرجى التحقق قبل الاعتماد عليه.</translation>
    </message>
    <message>
        <source>Save on your phone</source>
        <translation>احفظ في هاتفك</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to save this contact.</source>
        <translation>امسح الرمز بكاميرا هاتفك لحفظ جهة الاتصال هذه.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>الطوارئ</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>خطوط المساعدة</translation>
    </message>
    <message>
        <source>Advice and offices</source>
        <translation>الاستشارة والمكاتب</translation>
    </message>
    <message>
        <source>Your district</source>
        <translation>منطقتك</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <source>In %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <source>Emergency</source>
        <translation>الطوارئ</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not translated yet – shown in: %1</source>
        <translation>لم تُترجم بعد – معروضة باللغة: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>In %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source>Contacts and projects here</source>
        <translation>جهات الاتصال والمشاريع هنا</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>ماذا تريد أن تعرف؟</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>من المفيد أن تعرف</translation>
    </message>
    <message>
        <source>About the partnership</source>
        <translation>عن الشراكة</translation>
    </message>
    <message>
        <source>Search tips, projects, contacts</source>
        <translation>ابحث في النصائح والمشاريع وجهات الاتصال</translation>
    </message>
    <message>
        <source>Show all topics</source>
        <translation>عرض كل المواضيع</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Starting over for the next visitor in: %1</source>
        <translation>يبدأ من جديد للزائر التالي خلال: %1</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>نعم، ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>LowReachBand</name>
    <message>
        <source>Everything you can touch is now in the lower part of the screen.</source>
        <translation>كل ما يمكنك لمسه موجود الآن في الجزء السفلي من الشاشة.</translation>
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
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>Urgent warning</source>
        <translation>تحذير عاجل</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>إشعار</translation>
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
        <translation>السنة: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>المنطقة: %1</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to find this project on the web.</source>
        <translation>امسح الرمز بكاميرا هاتفك لتجد هذا المشروع على الإنترنت.</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search tips, projects, contacts</source>
        <translation>ابحث في النصائح والمشاريع وجهات الاتصال</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>نصائح</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>مشاريع</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>الأحياء</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Type a word, for example “burglary” or a district.</source>
        <translation>اكتب كلمة، مثلاً «سطو» أو اسم حي.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try a shorter or another word.</source>
        <translation>لا توجد نتائج لـ «%1». جرّب كلمة أقصر أو كلمة أخرى.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Tips</source>
        <translation>نصائح</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
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
        <translation>بلغة الإشارة</translation>
    </message>
</context>
<context>
    <name>SignLanguageVideo</name>
    <message>
        <source>In sign language</source>
        <translation>بلغة الإشارة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>TakeAwayCard</name>
    <message>
        <source>QR code: %1</source>
        <translation>رمز QR: %1</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation>خذه معك</translation>
    </message>
</context>
<context>
    <name>TipPage</name>
    <message>
        <source>In short</source>
        <translation>باختصار</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>بمن تتصل</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to read this tip again later.</source>
        <translation>امسح الرمز بكاميرا هاتفك لتقرأ هذه النصيحة لاحقاً.</translation>
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

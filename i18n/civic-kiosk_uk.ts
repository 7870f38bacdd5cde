<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AboutPage</name>
    <message>
        <source>About</source>
        <translation>Про нас</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>Версія вмісту %1</translation>
    </message>
</context>
<context>
    <name>AccessibilityButton</name>
    <message>
        <source>Accessibility: large text, high contrast, within reach, easy language</source>
        <translation>Доступність: великий шрифт, висока контрастність, у межах досяжності, проста мова</translation>
    </message>
</context>
<context>
    <name>AccessibilitySheet</name>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Make it easier to use</source>
        <translation>Зробити зручнішим</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Великий шрифт</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Висока контрастність</translation>
    </message>
    <message>
        <source>Everything within reach from a wheelchair</source>
        <translation>Усе в межах досяжності з візка</translation>
    </message>
    <message>
        <source>Easy-to-read German</source>
        <translation>Німецька простою мовою</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Зупинити читання вголос</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation>Прочитати цю сторінку вголос</translation>
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
        <translation>Торкніться екрана: поради, допомога й контакти</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <source>Touch to use the kiosk</source>
        <translation>Торкніться, щоб користуватися кіоском</translation>
    </message>
    <message>
        <source>Closed. Open again: %1</source>
        <translation>Зачинено. Знову відчинено: %1</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Зачинено.</translation>
    </message>
    <message>
        <source>Touch the screen to use the kiosk anyway.</source>
        <translation>Торкніться екрана, щоб усе одно скористатися кіоском.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Екстрено</translation>
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
        <translation>Безкоштовно</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонімно</translation>
    </message>
    <message>
        <source>Not confirmed yet – please check before you rely on it.</source>
        <translation>Ще не підтверджено – будь ласка, перевірте перед використанням.</translation>
    </message>
    <message>
        <source>Save on your phone</source>
        <translation>Зберегти в телефоні</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to save this contact.</source>
        <translation>Відскануйте камерою телефона, щоб зберегти цей контакт.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Екстрені служби</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Гарячі лінії</translation>
    </message>
    <message>
        <source>Advice and offices</source>
        <translation>Консультації та установи</translation>
    </message>
    <message>
        <source>Your district</source>
        <translation>Ваш район</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <source>In %1</source>
        <translation>У районі %1</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <source>Emergency</source>
        <translation>Екстрено</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not translated yet – shown in: %1</source>
        <translation>Ще не перекладено – показано мовою: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>In %1</source>
        <translation>У районі %1</translation>
    </message>
    <message>
        <source>Contacts and projects here</source>
        <translation>Контакти та проєкти тут</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>Що ви хочете дізнатися?</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Корисно знати</translation>
    </message>
    <message>
        <source>About the partnership</source>
        <translation>Про партнерство</translation>
    </message>
    <message>
        <source>Search tips, projects, contacts</source>
        <translation>Шукати поради, проєкти, контакти</translation>
    </message>
    <message>
        <source>Show all topics</source>
        <translation>Показати всі теми</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <source>Starting over for the next visitor in: %1</source>
        <translation>Початок заново для наступного відвідувача через: %1</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Так, я ще тут</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>Оберіть мову</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>LowReachBand</name>
    <message>
        <source>Everything you can touch is now in the lower part of the screen.</source>
        <translation>Усе, чого можна торкатися, тепер у нижній частині екрана.</translation>
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
        <translation>увімк.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>вимк.</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Мова: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>Urgent warning</source>
        <translation>Термінове попередження</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Повідомлення</translation>
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
        <translation>Рік: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Район: %1</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to find this project on the web.</source>
        <translation>Відскануйте камерою телефона, щоб знайти цей проєкт в інтернеті.</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Search tips, projects, contacts</source>
        <translation>Шукати поради, проєкти, контакти</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Поради</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Райони</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Інформація</translation>
    </message>
    <message>
        <source>Type a word, for example “burglary” or a district.</source>
        <translation>Введіть слово, наприклад «крадіжка» або назву району.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try a shorter or another word.</source>
        <translation>Нічого не знайдено для «%1». Спробуйте коротше або інше слово.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Tips</source>
        <translation>Поради</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
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
        <translation>Жестовою мовою</translation>
    </message>
</context>
<context>
    <name>SignLanguageVideo</name>
    <message>
        <source>In sign language</source>
        <translation>Жестовою мовою</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>TakeAwayCard</name>
    <message>
        <source>QR code: %1</source>
        <translation>QR-код: %1</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation>Візьміть із собою</translation>
    </message>
</context>
<context>
    <name>TipPage</name>
    <message>
        <source>In short</source>
        <translation>Коротко</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>Куди звертатися</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to read this tip again later.</source>
        <translation>Відскануйте камерою телефона, щоб прочитати цю пораду пізніше.</translation>
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

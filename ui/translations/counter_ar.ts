<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>HubDialog</name>
    <message>
        <source>Hub</source>
        <translation>خادم المتجر</translation>
    </message>
    <message>
        <source>This till and its shop&apos;s hub</source>
        <translation>هذا الصندوق وخادم متجره</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <source>Last push</source>
        <translation>آخر إرسال</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>آخر استلام</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>Sync now  (Ctrl+S)</source>
        <translation>مزامنة الآن  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>جارٍ المزامنة مع خادم المتجر…</translation>
    </message>
</context>
<context>
    <name>HubScheduler</name>
    <message>
        <source>The last sync stopped on an error: {error}</source>
        <translation>توقفت آخر مزامنة بسبب خطأ: {error}</translation>
    </message>
</context>
<context>
    <name>LanguagesDialog</name>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>French and Arabic, both on each receipt</source>
        <translation>الفرنسية والعربية معًا في كل وصل</translation>
    </message>
    <message>
        <source>The shop&apos;s language</source>
        <translation>لغة المتجر</translation>
    </message>
    <message>
        <source>The login screen speaks the shop&apos;s language; once someone logs in, the window speaks theirs. Receipts are printed in the receipt&apos;s language, whoever sells.</source>
        <translation>شاشة الدخول بلغة المتجر؛ وبعد الدخول تظهر الصندوق بلغة كل مستخدم. تُطبع الوصولات بلغة الوصولات أيًا كان البائع.</translation>
    </message>
    <message>
        <source>Shop&apos;s language</source>
        <translation>لغة المتجر</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>الوصولات</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Counter — {shop}</source>
        <translation>Counter — {shop}</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;البيع</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>بيع جديد</translation>
    </message>
    <message>
        <source>Return or exchange… (F8)</source>
        <translation>إرجاع أو استبدال… (F8)</translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation>إعادة طباعة آخر وصل</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;المسير</translation>
    </message>
    <message>
        <source>Products…</source>
        <translation>المنتجات…</translation>
    </message>
    <message>
        <source>Import products…</source>
        <translation>استيراد المنتجات…</translation>
    </message>
    <message>
        <source>Return policy…</source>
        <translation>سياسة الإرجاع…</translation>
    </message>
    <message>
        <source>Languages…</source>
        <translation>اللغات…</translation>
    </message>
    <message>
        <source>Returns review…</source>
        <translation>مراجعة المرتجعات…</translation>
    </message>
    <message>
        <source>Sales and cash close…</source>
        <translation>المبيعات وإغلاق الصندوق…</translation>
    </message>
    <message>
        <source>TikTok settings…</source>
        <translation>إعدادات TikTok…</translation>
    </message>
    <message>
        <source>TikTok queue…</source>
        <translation>قائمة انتظار TikTok…</translation>
    </message>
    <message>
        <source>&amp;Hub…</source>
        <translation>&amp;خادم المتجر…</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;الموظفون</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>لا أحد متصل</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>مسير</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>بائع</translation>
    </message>
    <message>
        <source>{name} ({role}) · {shop}</source>
        <translation>{name} ({role}) · {shop}</translation>
    </message>
    <message>
        <source>{name}&apos;s sale ({sale}) is kept until {name} logs in again.</source>
        <translation>بيع {name} ({sale}) محفوظ إلى أن يعود {name} لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>The products need a manager.</source>
        <translation>المنتجات من صلاحيات المسير.</translation>
    </message>
    <message>
        <source>Importing products needs a manager.</source>
        <translation>استيراد المنتجات من صلاحيات المسير.</translation>
    </message>
    <message>
        <source>Changing the return policy needs a manager.</source>
        <translation>تغيير سياسة الإرجاع من صلاحيات المسير.</translation>
    </message>
    <message>
        <source>The TikTok settings need a manager.</source>
        <translation>إعدادات TikTok من صلاحيات المسير.</translation>
    </message>
    <message>
        <source>The TikTok queue needs a manager.</source>
        <translation>قائمة انتظار TikTok من صلاحيات المسير.</translation>
    </message>
    <message>
        <source>The hub&apos;s window needs a manager.</source>
        <translation>خادم المتجر من صلاحيات المسير.</translation>
    </message>
    <message>
        <source>The languages need a manager.</source>
        <translation>اللغات من صلاحيات المسير.</translation>
    </message>
    <message>
        <source>The returns review needs a manager.</source>
        <translation>مراجعة المرتجعات من صلاحيات المسير.</translation>
    </message>
    <message>
        <source>The sales report and the cash close need a manager.</source>
        <translation>تقرير المبيعات وإغلاق الصندوق من صلاحيات المسير.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>TikTok: …</source>
        <translation>TikTok: …</translation>
    </message>
</context>
<context>
    <name>TikTokQueueDialog</name>
    <message>
        <source>TikTok queue</source>
        <translation>قائمة انتظار TikTok</translation>
    </message>
    <message>
        <source>Events not yet accepted by TikTok</source>
        <translation>أحداث لم يقبلها TikTok بعد</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>إعادة إرسال المحدد</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>إرسال الآن</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The queue could not be read: {error}</source>
        <translation>تعذرت قراءة قائمة الانتظار: {error}</translation>
    </message>
    <message>
        <source>Waiting: {waiting} · failed: {failed} · expired: {expired} · sent in all: {sent}.</source>
        <translation>في الانتظار: {waiting} · فاشلة: {failed} · منتهية الصلاحية: {expired} · المرسلة إجمالًا: {sent}.</translation>
    </message>
    <message>
        <source>TikTok could not be reached at the last try: the waiting events go when the connection is back.</source>
        <translation>تعذر الوصول إلى TikTok في آخر محاولة: ستُرسل الأحداث المنتظرة عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Showing the oldest {limit}.</source>
        <translation>عرض أقدم {limit}.</translation>
    </message>
    <message>
        <source>next send</source>
        <translation>الإرسال القادم</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>اليوم {time}</translation>
    </message>
    <message>
        <source>No error so far.</source>
        <translation>لا يوجد أي خطأ حتى الآن.</translation>
    </message>
    <message>
        <source>Event {event_id}: {reason}</source>
        <translation>الحدث {event_id}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) selected.</source>
        <translation>
            <numerusform>لم يُحدَّد أي حدث.</numerusform>
            <numerusform>حدث واحد محدد.</numerusform>
            <numerusform>حدثان محددان.</numerusform>
            <numerusform>%n أحداث محددة.</numerusform>
            <numerusform>%n حدثًا محددًا.</numerusform>
            <numerusform>%n حدث محدد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the events to send again first.</source>
        <translation>حدد أولًا الأحداث المراد إعادة إرسالها.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) put back in the queue; they go with the next send.</source>
        <translation>
            <numerusform>لم يُرجَع أي حدث إلى قائمة الانتظار.</numerusform>
            <numerusform>أُرجع حدث واحد إلى قائمة الانتظار؛ سيُرسل مع الإرسال القادم.</numerusform>
            <numerusform>أُرجع حدثان إلى قائمة الانتظار؛ سيُرسلان مع الإرسال القادم.</numerusform>
            <numerusform>أُرجعت %n أحداث إلى قائمة الانتظار؛ ستُرسل مع الإرسال القادم.</numerusform>
            <numerusform>أُرجع %n حدثًا إلى قائمة الانتظار؛ ستُرسل مع الإرسال القادم.</numerusform>
            <numerusform>أُرجع %n حدث إلى قائمة الانتظار؛ ستُرسل مع الإرسال القادم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to put back: those events are already waiting.</source>
        <translation>لا شيء لإرجاعه: هذه الأحداث في الانتظار أصلًا.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
</context>
<context>
    <name>TikTokSettingsDialog</name>
    <message>
        <source>TikTok settings</source>
        <translation>إعدادات TikTok</translation>
    </message>
    <message>
        <source>Counter sales are sent to TikTok as conversion events (ViewContent, InitiateCheckout, PlaceAnOrder). Customer email and phone leave this computer only hashed.</source>
        <translation>تُرسل مبيعات الصندوق إلى TikTok كأحداث تحويل (ViewContent وInitiateCheckout وPlaceAnOrder). لا يغادر بريد الزبون الإلكتروني وهاتفه هذا الحاسوب إلا مُجزَّأين (hash).</translation>
    </message>
    <message>
        <source>Send counter events to TikTok</source>
        <translation>إرسال أحداث الصندوق إلى TikTok</translation>
    </message>
    <message>
        <source>https://your-shop.example/</source>
        <translation>https://example.ma/</translation>
    </message>
    <message>
        <source>Pixel code, e.g. COQDA8RC77U2TMR44LI0</source>
        <translation>رمز البكسل، مثلًا COQDA8RC77U2TMR44LI0</translation>
    </message>
    <message>
        <source>Only while testing, e.g. TEST12345</source>
        <translation>أثناء التجربة فقط، مثلًا TEST12345</translation>
    </message>
    <message>
        <source>Event source</source>
        <translation>مصدر الأحداث</translation>
    </message>
    <message>
        <source>Event source id</source>
        <translation>معرّف المصدر</translation>
    </message>
    <message>
        <source>Page URL</source>
        <translation>عنوان الصفحة</translation>
    </message>
    <message>
        <source>Test event code</source>
        <translation>رمز حدث التجربة</translation>
    </message>
    <message>
        <source>Drop events older than (days)</source>
        <translation>أقصى عمر للأحداث (بالأيام)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>رمز الوصول</translation>
    </message>
    <message>
        <source>Clear token</source>
        <translation>مسح الرمز</translation>
    </message>
    <message>
        <source>removed when you save</source>
        <translation>يُحذف عند الحفظ</translation>
    </message>
    <message>
        <source>The stored token will be removed. Events wait in the queue until a new token is saved.</source>
        <translation>سيُحذف الرمز المحفوظ. تبقى الأحداث في قائمة الانتظار إلى أن يُحفظ رمز جديد.</translation>
    </message>
    <message>
        <source>{token} (stored)</source>
        <translation>{token} (محفوظ)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token, or paste a new one to replace it. It is kept in the system keyring, or a file only you can read, and never shown.</source>
        <translation>اتركه فارغًا للاحتفاظ بالرمز المحفوظ، أو الصق رمزًا جديدًا لاستبداله. يُحفظ في خزنة مفاتيح النظام أو في ملف لا يقرؤه غيرك، ولا يُعرض أبدًا.</translation>
    </message>
    <message>
        <source>Paste the access token from TikTok Events Manager. It is kept in the system keyring, or a file only you can read, and never shown.</source>
        <translation>الصق رمز الوصول من TikTok Events Manager. يُحفظ في خزنة مفاتيح النظام أو في ملف لا يقرؤه غيرك، ولا يُعرض أبدًا.</translation>
    </message>
    <message>
        <source>The access token has no spaces: paste it again.</source>
        <translation>رمز الوصول لا يحتوي على مسافات: الصقه من جديد.</translation>
    </message>
    <message>
        <source>The settings are saved, but the token could not be stored: {reason}.</source>
        <translation>حُفظت الإعدادات، لكن تعذر حفظ الرمز: {reason}.</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Something went wrong ({kind}: {error}). Nothing was saved.</source>
        <translation>حدث خطأ ({kind}: {error}). لم يُحفظ أي شيء.</translation>
    </message>
</context>
<context>
    <name>hub_dialog</name>
    <message>
        <source>This till stands alone: it has no hub. To attach it to its shop&apos;s hub, run {command}.</source>
        <translation>هذا الصندوق مستقل: ليس له خادم متجر. لربطه بخادم متجره، شغّل {command}.</translation>
    </message>
</context>
<context>
    <name>tiktok_queue</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>المحاولة القادمة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>معرّف الحدث</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسل</translation>
    </message>
    <message>
        <source>needs the token</source>
        <translation>يلزم رمز الوصول</translation>
    </message>
    <message>
        <source>needs a new token</source>
        <translation>يلزم رمز جديد</translation>
    </message>
    <message>
        <source>sending is off</source>
        <translation>الإرسال متوقف</translation>
    </message>
    <message>
        <source>Sending is paused.</source>
        <translation>الإرسال معلّق.</translation>
    </message>
    <message>
        <source>Sending is paused: {words}</source>
        <translation>الإرسال معلّق: {words}</translation>
    </message>
</context>
<context>
    <name>tiktok_settings</name>
    <message>
        <source>Web (a TikTok pixel)</source>
        <translation>الويب (بكسل TikTok)</translation>
    </message>
    <message>
        <source>Offline (an offline event set)</source>
        <translation>دون اتصال (مجموعة أحداث دون اتصال)</translation>
    </message>
    <message>
        <source>Set in this computer&apos;s environment, and used instead of what is saved here: {names}.</source>
        <translation>محددة في بيئة هذا الحاسوب، وتُستعمل بدل ما هو محفوظ هنا: {names}.</translation>
    </message>
</context>
<context>
    <name>tiktok_sync</name>
    <message>
        <source>Manager → TikTok settings: add the access token</source>
        <translation>المسير ← إعدادات TikTok: أضف رمز الوصول</translation>
    </message>
    <message>
        <source>Manager → TikTok settings: check the access token and pixel</source>
        <translation>المسير ← إعدادات TikTok: تحقق من رمز الوصول والبكسل</translation>
    </message>
    <message>
        <source>Manager → TikTok queue</source>
        <translation>المسير ← قائمة انتظار TikTok</translation>
    </message>
    <message>
        <source>TikTok: all sent</source>
        <translation>TikTok: أُرسل كل شيء</translation>
    </message>
    <message>
        <source>TikTok: {n} waiting</source>
        <translation>TikTok: في الانتظار {n}</translation>
    </message>
    <message>
        <source>TikTok: offline, {n} waiting</source>
        <translation>TikTok: دون اتصال، في الانتظار {n}</translation>
    </message>
    <message>
        <source>TikTok: token rejected</source>
        <translation>TikTok: رمز الوصول مرفوض</translation>
    </message>
    <message>
        <source>TikTok: no access token</source>
        <translation>TikTok: لا يوجد رمز وصول</translation>
    </message>
    <message>
        <source>TikTok: off</source>
        <translation>TikTok: متوقف</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>فاشلة: {n}</translation>
    </message>
</context>
</TS>

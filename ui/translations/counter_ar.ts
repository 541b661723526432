<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
            <source>The shop's language</source>
            <translation>لغة المتجر</translation>
        </message>
        <message>
            <source>The login screen speaks the shop's language; once someone logs in, the window speaks theirs. Receipts are printed in the receipt's language, whoever sells.</source>
            <translation>شاشة الدخول بلغة المتجر؛ وبعد الدخول تظهر الصندوق بلغة كل مستخدم. تُطبع الوصولات بلغة الوصولات أيًا كان البائع.</translation>
        </message>
        <message>
            <source>Shop's language</source>
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
            <source>{name}'s sale ({sale}) is kept until {name} logs in again.</source>
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
            <source>The hub's window needs a manager.</source>
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
        <name>ReceiptDialog</name>
        <message>
            <source>Receipt {number}</source>
            <translation>الوصل {number}</translation>
        </message>
        <message>
            <source>Print (Ctrl+P)</source>
            <translation>طباعة (Ctrl+P)</translation>
        </message>
        <message>
            <source>Save as PDF (Ctrl+S)</source>
            <translation>حفظ بصيغة PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Done (Enter)</source>
            <translation>تم (Enter)</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>أُرسل إلى الطابعة.</translation>
        </message>
        <message>
            <source>The receipt could not be printed: {error}</source>
            <translation>تعذّرت طباعة الوصل: {error}</translation>
        </message>
        <message>
            <source>Save receipt</source>
            <translation>حفظ الوصل</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>حُفظ في {path}</translation>
        </message>
        <message>
            <source>The PDF could not be written: {error}</source>
            <translation>تعذّر حفظ ملف PDF: {error}</translation>
        </message>
        <message>
            <source>Drawing the receipt…</source>
            <translation>جارٍ تحضير الوصل…</translation>
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
        <name>receipt</name>
        <message>
            <source>Receipt</source>
            <translation>وصل</translation>
        </message>
        <message>
            <source>{path} could not be opened for writing.</source>
            <translation>تعذّرت الكتابة في {path}.</translation>
        </message>
        <message>
            <source>There is no receipt to reprint yet.</source>
            <translation>لا يوجد بعدُ وصل لإعادة طباعته.</translation>
        </message>
        <message>
            <source>The receipt could not be read: {error}</source>
            <translation>تعذّرت قراءة الوصل: {error}</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>CashPanel</name>
        <message>
            <source>Cash in the drawer</source>
            <translation>النقود في الصندوق</translation>
        </message>
        <message>
            <source>Cash put in or taken out</source>
            <translation>النقود المُدخلة أو المسحوبة</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>By</source>
            <translation>بواسطة</translation>
        </message>
        <message>
            <source>e.g. 500</source>
            <translation>مثلًا 500</translation>
        </message>
        <message>
            <source>Set float</source>
            <translation>تحديد الرصيد</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>رصيد الافتتاح</translation>
        </message>
        <message>
            <source>Why, e.g. bank deposit, supplier paid</source>
            <translation>السبب، مثلًا إيداع في البنك، أداء لمورد</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>تسجيل</translation>
        </message>
        <message>
            <source>+ Cash sales</source>
            <translation>+ المبيعات نقدًا</translation>
        </message>
        <message>
            <source>− Cash refunds</source>
            <translation>− المبالغ المسترجعة نقدًا</translation>
        </message>
        <message>
            <source>+ Cash in</source>
            <translation>+ النقود المُدخلة</translation>
        </message>
        <message>
            <source>− Cash out</source>
            <translation>− النقود المسحوبة</translation>
        </message>
        <message>
            <source>= Expected in the drawer</source>
            <translation>= المنتظر في الصندوق</translation>
        </message>
    </context>
    <context>
        <name>ChartTab</name>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>Loading the {days} days to {date}…</source>
            <translation>جارٍ تحميل {days} يومًا حتى {date}…</translation>
        </message>
        <message numerus="yes">
            <source>{first} to {last}: %n return(s), {returned} returned of {sold} sold.</source>
            <translation>
                <numerusform>من {first} إلى {last}: %n عملية إرجاع، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold}.</numerusform>
                <numerusform>من {first} إلى {last}: عملية إرجاع واحدة، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold}.</numerusform>
                <numerusform>من {first} إلى {last}: عمليتا إرجاع، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold}.</numerusform>
                <numerusform>من {first} إلى {last}: %n عمليات إرجاع، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold}.</numerusform>
                <numerusform>من {first} إلى {last}: %n عملية إرجاع، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold}.</numerusform>
                <numerusform>من {first} إلى {last}: %n عملية إرجاع، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{first} to {last}: %n return(s), {returned} returned of {sold} sold ({rate} of the value sold).</source>
            <translation>
                <numerusform>من {first} إلى {last}: %n عملية إرجاع، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold} ({rate} من قيمة المبيعات).</numerusform>
                <numerusform>من {first} إلى {last}: عملية إرجاع واحدة، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold} ({rate} من قيمة المبيعات).</numerusform>
                <numerusform>من {first} إلى {last}: عمليتا إرجاع، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold} ({rate} من قيمة المبيعات).</numerusform>
                <numerusform>من {first} إلى {last}: %n عمليات إرجاع، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold} ({rate} من قيمة المبيعات).</numerusform>
                <numerusform>من {first} إلى {last}: %n عملية إرجاع، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold} ({rate} من قيمة المبيعات).</numerusform>
                <numerusform>من {first} إلى {last}: %n عملية إرجاع، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold} ({rate} من قيمة المبيعات).</numerusform>
            </translation>
        </message>
        <message>
            <source>Returns by reason&lt;br&gt;{days} days to {date}: none</source>
            <translation>المرتجعات حسب السبب&lt;br&gt;{days} يومًا حتى {date}: لا شيء</translation>
        </message>
        <message>
            <source>Returns by reason&lt;br&gt;{days} days to {date}</source>
            <translation>المرتجعات حسب السبب&lt;br&gt;{days} يومًا حتى {date}</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>المرتجعات</translation>
        </message>
        <message>
            <source>Return rate per day (value returned ÷ value sold)</source>
            <translation>نسبة الإرجاع في اليوم (القيمة المرتجعة ÷ القيمة المبيعة)</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>نسبة الإرجاع</translation>
        </message>
        <message>
            <source>% of the day's sales</source>
            <translation>% من مبيعات اليوم</translation>
        </message>
    </context>
    <context>
        <name>CountPanel</name>
        <message>
            <source>Count the drawer</source>
            <translation>عدّ الصندوق</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>المعدود</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>الفرق</translation>
        </message>
        <message>
            <source>Close the day…</source>
            <translation>إغلاق اليوم…</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الأوراق النقدية</translation>
        </message>
        <message>
            <source>Coins</source>
            <translation>القطع النقدية</translation>
        </message>
        <message>
            <source>Yes, close the day</source>
            <translation>نعم، أغلق اليوم</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>ليس بعد</translation>
        </message>
    </context>
    <context>
        <name>DayCloseDialog</name>
        <message>
            <source>Export sales CSV…</source>
            <translation>تصدير المبيعات CSV…</translation>
        </message>
        <message>
            <source>Sales and cash close</source>
            <translation>المبيعات وإغلاق الصندوق</translation>
        </message>
        <message>
            <source>Loading {day}…</source>
            <translation>جارٍ تحميل {day}…</translation>
        </message>
        <message>
            <source>{day}: every till of the shop.</source>
            <translation>{day}: كل صناديق المتجر.</translation>
        </message>
        <message>
            <source>{day}: closed.</source>
            <translation>{day}: مُغلق.</translation>
        </message>
        <message>
            <source>The day could not be read: {error}</source>
            <translation>تعذّرت قراءة اليوم: {error}</translation>
        </message>
        <message>
            <source>&lt;b&gt;This day is closed&lt;/b&gt; by {manager} on {when}: counted {counted}, expected {expected}. &lt;span style='color:{colour}'&gt;{difference}.&lt;/span&gt; It can be printed again, not changed.</source>
            <translation>&lt;b&gt;هذا اليوم مُغلق&lt;/b&gt; من طرف {manager} في {when}: المعدود {counted}، المنتظر {expected}. &lt;span style='color:{colour}'&gt;{difference}.&lt;/span&gt; يمكن طباعته من جديد، لا تعديله.</translation>
        </message>
        <message>
            <source>&lt;span style='color:{colour}'&gt;Cash moved by {amount} after the close (a late sale or return): it is not in the count.&lt;/span&gt;</source>
            <translation>&lt;span style='color:{colour}'&gt;تحركت نقود بمبلغ {amount} بعد الإغلاق (بيع أو إرجاع متأخر): ليست ضمن العدّ.&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>رصيد الافتتاح</translation>
        </message>
        <message>
            <source>Opening float of {amount} set.</source>
            <translation>تم تحديد رصيد الافتتاح: {amount}.</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Write why the cash goes in or out.</source>
            <translation>اكتب سبب إدخال النقود أو سحبها.</translation>
        </message>
        <message>
            <source>{amount} put in: {reason}.</source>
            <translation>أُدخل {amount}: {reason}.</translation>
        </message>
        <message>
            <source>{amount} taken out: {reason}.</source>
            <translation>سُحب {amount}: {reason}.</translation>
        </message>
        <message>
            <source>Close {day} with {counted} counted against {expected} expected? {difference}. A closed day cannot be changed afterwards.</source>
            <translation>إغلاق {day} بمبلغ معدود {counted} مقابل {expected} منتظر؟ {difference}. لا يمكن تعديل يوم مُغلق بعد ذلك.</translation>
        </message>
        <message>
            <source>{day} is closed.</source>
            <translation>تم إغلاق {day}.</translation>
        </message>
        <message>
            <source>{day} is closed. {backup}.</source>
            <translation>تم إغلاق {day}. {backup}.</translation>
        </message>
        <message>
            <source>{field}: {error}</source>
            <translation>{field}: {error}</translation>
        </message>
        <message>
            <source>Nothing was saved: {error}</source>
            <translation>لم يُحفظ أي شيء: {error}</translation>
        </message>
    </context>
    <context>
        <name>DayPicker</name>
        <message>
            <source>◀ Previous day</source>
            <translation>▶ اليوم السابق</translation>
        </message>
        <message>
            <source>Alt+Left or Page Up</source>
            <translation>Alt+يسار أو Page Up</translation>
        </message>
        <message>
            <source>Next day ▶</source>
            <translation>اليوم التالي ◀</translation>
        </message>
        <message>
            <source>Alt+Right or Page Down</source>
            <translation>Alt+يمين أو Page Down</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
    </context>
    <context>
        <name>DayScreen</name>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>&amp;Whole shop (hub)</source>
            <translation>المتجر كله (خادم المتجر) (&amp;W)</translation>
        </message>
        <message>
            <source>Every till of the shop, read from the shop's hub</source>
            <translation>كل صناديق المتجر، مقروءة من خادم المتجر</translation>
        </message>
        <message>
            <source>Export the day's report as CSV</source>
            <translation>تصدير تقرير اليوم بصيغة CSV</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>تصدير PDF…</translation>
        </message>
        <message>
            <source>Export the day's report as PDF</source>
            <translation>تصدير تقرير اليوم بصيغة PDF</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>طباعة…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>تصدير CSV…</translation>
        </message>
        <message>
            <source>{day}: not loaded.</source>
            <translation>{day}: لم يُحمَّل.</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>تم الحفظ: {path}</translation>
        </message>
        <message>
            <source>The CSV could not be written: {reason}</source>
            <translation>تعذّرت كتابة ملف CSV: {reason}</translation>
        </message>
        <message>
            <source>The PDF could not be written: {reason}</source>
            <translation>تعذّرت كتابة ملف PDF: {reason}</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>أُرسل إلى الطابعة.</translation>
        </message>
        <message>
            <source>The page could not be printed: {reason}</source>
            <translation>تعذّرت طباعة الصفحة: {reason}</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>جارٍ الكتابة…</translation>
        </message>
    </context>
    <context>
        <name>DayTab</name>
        <message>
            <source>To look at</source>
            <translation>للمراجعة</translation>
        </message>
        <message>
            <source>Reprint receipt (Ctrl+R)</source>
            <translation>إعادة طباعة الوصل (Ctrl+R)</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>المرتجعات</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>المبلغ المسترجع</translation>
        </message>
        <message>
            <source>Deducted (kept)</source>
            <translation>الاقتطاع (المحتفَظ به)</translation>
        </message>
        <message>
            <source>Deducted</source>
            <translation>الاقتطاع</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>البائع</translation>
        </message>
        <message>
            <source>By reason</source>
            <translation>حسب السبب</translation>
        </message>
        <message>
            <source>By clerk</source>
            <translation>حسب البائع</translation>
        </message>
        <message>
            <source>Select a return to read its decision in full.</source>
            <translation>اختر إرجاعًا لقراءة قراره كاملًا.</translation>
        </message>
        <message>
            <source>To look at ({count})</source>
            <translation>للمراجعة ({count})</translation>
        </message>
        <message>
            <source>Nothing to look at: no override, no return by the clerk who made the sale, no cash for a card sale, no repeat customer.</source>
            <translation>لا شيء للمراجعة: لا استثناء من المسير، ولا إرجاع أخذه البائع نفسه الذي قام بالبيع، ولا نقود مقابل بيع بالبطاقة، ولا زبون متكرر.</translation>
        </message>
        <message>
            <source>No returns on this day.</source>
            <translation>لا مرتجعات في هذا اليوم.</translation>
        </message>
        <message>
            <source>Override by {manager}: {reason}</source>
            <translation>استثناء من {manager}: {reason}</translation>
        </message>
        <message>
            <source>order {order} of {date}</source>
            <translation>البيع {order} بتاريخ {date}</translation>
        </message>
        <message>
            <source>taken by {clerk}</source>
            <translation>أخذه {clerk}</translation>
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
        <name>ReturnsReviewDialog</name>
        <message>
            <source>Returns review</source>
            <translation>مراجعة المرتجعات</translation>
        </message>
        <message>
            <source>The day</source>
            <translation>اليوم</translation>
        </message>
        <message numerus="yes">
            <source>Last %n day(s)</source>
            <translation>
                <numerusform>آخر %n يوم</numerusform>
                <numerusform>آخر يوم</numerusform>
                <numerusform>آخر يومين</numerusform>
                <numerusform>آخر %n أيام</numerusform>
                <numerusform>آخر %n يومًا</numerusform>
                <numerusform>آخر %n يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading {day}…</source>
            <translation>جارٍ تحميل {day}…</translation>
        </message>
        <message numerus="yes">
            <source>{day}: %n return(s) at every till of the shop.</source>
            <translation>
                <numerusform>{day}: %n عملية إرجاع في كل صناديق المتجر.</numerusform>
                <numerusform>{day}: عملية إرجاع واحدة في كل صناديق المتجر.</numerusform>
                <numerusform>{day}: عمليتا إرجاع في كل صناديق المتجر.</numerusform>
                <numerusform>{day}: %n عمليات إرجاع في كل صناديق المتجر.</numerusform>
                <numerusform>{day}: %n عملية إرجاع في كل صناديق المتجر.</numerusform>
                <numerusform>{day}: %n عملية إرجاع في كل صناديق المتجر.</numerusform>
            </translation>
        </message>
        <message>
            <source>{day}: no returns at every till of the shop.</source>
            <translation>{day}: لا مرتجعات في كل صناديق المتجر.</translation>
        </message>
        <message numerus="yes">
            <source>{day}: %n return(s).</source>
            <translation>
                <numerusform>{day}: %n عملية إرجاع.</numerusform>
                <numerusform>{day}: عملية إرجاع واحدة.</numerusform>
                <numerusform>{day}: عمليتا إرجاع.</numerusform>
                <numerusform>{day}: %n عمليات إرجاع.</numerusform>
                <numerusform>{day}: %n عملية إرجاع.</numerusform>
                <numerusform>{day}: %n عملية إرجاع.</numerusform>
            </translation>
        </message>
        <message>
            <source>{day}: no returns.</source>
            <translation>{day}: لا مرتجعات.</translation>
        </message>
        <message>
            <source>The returns could not be read: {error}</source>
            <translation>تعذّرت قراءة المرتجعات: {error}</translation>
        </message>
        <message>
            <source>The last {days} days could not be read: {error}</source>
            <translation>تعذّرت قراءة آخر {days} يومًا: {error}</translation>
        </message>
    </context>
    <context>
        <name>SalesPanel</name>
        <message>
            <source>Sales (Z report)</source>
            <translation>المبيعات (تقرير Z)</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>المبيعات</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>الإجمالي الخام</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>العروض</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>المرتجعات</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>الصافي</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>الأداء</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>البائع</translation>
        </message>
        <message>
            <source>By payment method</source>
            <translation>حسب طريقة الأداء</translation>
        </message>
        <message>
            <source>By clerk</source>
            <translation>حسب البائع</translation>
        </message>
        <message>
            <source>TikTok: each till sends its own events (see each till).</source>
            <translation>TikTok: كل صندوق يرسل أحداثه (انظر كل صندوق).</translation>
        </message>
        <message numerus="yes">
            <source>TikTok: %n event(s) of this day still waiting, {failed} failed (see Manager → TikTok queue).</source>
            <translation>
                <numerusform>TikTok: %n حدث من هذا اليوم ما زال في الانتظار، و{failed} فشل (انظر المسير ← قائمة انتظار TikTok).</numerusform>
                <numerusform>TikTok: حدث واحد من هذا اليوم ما زال في الانتظار، و{failed} فشل (انظر المسير ← قائمة انتظار TikTok).</numerusform>
                <numerusform>TikTok: حدثان من هذا اليوم ما زال في الانتظار، و{failed} فشل (انظر المسير ← قائمة انتظار TikTok).</numerusform>
                <numerusform>TikTok: %n أحداث من هذا اليوم ما زال في الانتظار، و{failed} فشل (انظر المسير ← قائمة انتظار TikTok).</numerusform>
                <numerusform>TikTok: %n حدثًا من هذا اليوم ما زال في الانتظار، و{failed} فشل (انظر المسير ← قائمة انتظار TikTok).</numerusform>
                <numerusform>TikTok: %n حدث من هذا اليوم ما زال في الانتظار، و{failed} فشل (انظر المسير ← قائمة انتظار TikTok).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>TikTok: %n event(s) of this day still waiting to be sent.</source>
            <translation>
                <numerusform>TikTok: %n حدث من هذا اليوم ما زال في انتظار الإرسال.</numerusform>
                <numerusform>TikTok: حدث واحد من هذا اليوم ما زال في انتظار الإرسال.</numerusform>
                <numerusform>TikTok: حدثان من هذا اليوم ما زال في انتظار الإرسال.</numerusform>
                <numerusform>TikTok: %n أحداث من هذا اليوم ما زال في انتظار الإرسال.</numerusform>
                <numerusform>TikTok: %n حدثًا من هذا اليوم ما زال في انتظار الإرسال.</numerusform>
                <numerusform>TikTok: %n حدث من هذا اليوم ما زال في انتظار الإرسال.</numerusform>
            </translation>
        </message>
        <message>
            <source>TikTok: every event of this day has been sent.</source>
            <translation>TikTok: أُرسلت كل أحداث هذا اليوم.</translation>
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
        <name>day_close</name>
        <message>
            <source>The day is not closed yet.</source>
            <translation>لم يُغلق اليوم بعد.</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>المعدود</translation>
        </message>
        <message>
            <source>Closed by {manager} on {when}.</source>
            <translation>أغلقه {manager} في {when}.</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>العدّ</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>لا شيء.</translation>
        </message>
        <message>
            <source>= Expected</source>
            <translation>= المنتظر</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>رصيد الافتتاح</translation>
        </message>
        <message>
            <source>+ Cash sales</source>
            <translation>+ المبيعات نقدًا</translation>
        </message>
        <message>
            <source>− Cash refunds</source>
            <translation>− المبالغ المسترجعة نقدًا</translation>
        </message>
        <message>
            <source>+ Cash in</source>
            <translation>+ النقود المُدخلة</translation>
        </message>
        <message>
            <source>− Cash out</source>
            <translation>− النقود المسحوبة</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>النقود</translation>
        </message>
        <message>
            <source>Cash put in or taken out</source>
            <translation>النقود المُدخلة أو المسحوبة</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>البائع</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>المبيعات</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Returns paid back: {refunds}.</source>
            <translation>المبالغ المسترجعة للمرتجعات: {refunds}.</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>الإجمالي الخام</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>العروض</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>المرتجعات</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>الصافي</translation>
        </message>
        <message>
            <source>Sales (Z report) · {shop} · {day}</source>
            <translation>المبيعات (تقرير Z) · {shop} · {day}</translation>
        </message>
        <message>
            <source>TikTok events of this day: {waiting} waiting, {failed} failed.</source>
            <translation>أحداث TikTok لهذا اليوم: {waiting} في الانتظار، {failed} فشلت.</translation>
        </message>
        <message>
            <source>By payment method</source>
            <translation>حسب طريقة الأداء</translation>
        </message>
        <message>
            <source>By clerk</source>
            <translation>حسب البائع</translation>
        </message>
        <message>
            <source>Printed {moment}.</source>
            <translation>طُبع في {moment}.</translation>
        </message>
        <message>
            <source>Short by {amount}</source>
            <translation>نقص بمبلغ {amount}</translation>
        </message>
        <message>
            <source>Over by {amount}</source>
            <translation>زيادة بمبلغ {amount}</translation>
        </message>
        <message>
            <source>Exact: nothing missing, nothing over</source>
            <translation>مضبوط: لا نقص ولا زيادة</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} على الساعة {time}</translation>
        </message>
    </context>
    <context>
        <name>returns_review</name>
        <message>
            <source>No returns on this day.</source>
            <translation>لا مرتجعات في هذا اليوم.</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>المرتجعات</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>المبلغ المسترجع</translation>
        </message>
        <message>
            <source>Deducted</source>
            <translation>الاقتطاع</translation>
        </message>
        <message>
            <source>Nothing to look at.</source>
            <translation>لا شيء للمراجعة.</translation>
        </message>
        <message>
            <source>Printed {moment}.</source>
            <translation>طُبع في {moment}.</translation>
        </message>
        <message>
            <source>Returns review · {shop} · {day}</source>
            <translation>مراجعة المرتجعات · {shop} · {day}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; return(s) · refunded &lt;b&gt;{refunded}&lt;/b&gt; · deducted (kept) &lt;b&gt;{deducted}&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n عملية إرجاع&lt;/b&gt; · المبلغ المسترجع &lt;b&gt;{refunded}&lt;/b&gt; · الاقتطاع (المحتفَظ به) &lt;b&gt;{deducted}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;عملية إرجاع واحدة&lt;/b&gt; · المبلغ المسترجع &lt;b&gt;{refunded}&lt;/b&gt; · الاقتطاع (المحتفَظ به) &lt;b&gt;{deducted}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;عمليتا إرجاع&lt;/b&gt; · المبلغ المسترجع &lt;b&gt;{refunded}&lt;/b&gt; · الاقتطاع (المحتفَظ به) &lt;b&gt;{deducted}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n عمليات إرجاع&lt;/b&gt; · المبلغ المسترجع &lt;b&gt;{refunded}&lt;/b&gt; · الاقتطاع (المحتفَظ به) &lt;b&gt;{deducted}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n عملية إرجاع&lt;/b&gt; · المبلغ المسترجع &lt;b&gt;{refunded}&lt;/b&gt; · الاقتطاع (المحتفَظ به) &lt;b&gt;{deducted}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n عملية إرجاع&lt;/b&gt; · المبلغ المسترجع &lt;b&gt;{refunded}&lt;/b&gt; · الاقتطاع (المحتفَظ به) &lt;b&gt;{deducted}&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>To look at</source>
            <translation>للمراجعة</translation>
        </message>
        <message>
            <source>By reason</source>
            <translation>حسب السبب</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>By clerk</source>
            <translation>حسب البائع</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>البائع</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>الإرجاع</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>المنتجات</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>القرار</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>وافق عليه</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>سبب الاستثناء</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>البيع</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>تاريخ البيع</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>السياسة</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>استثناء من المسير</translation>
        </message>
        <message>
            <source>Same clerk</source>
            <translation>البائع نفسه</translation>
        </message>
        <message>
            <source>Cash for card</source>
            <translation>نقدًا مقابل البطاقة</translation>
        </message>
        <message>
            <source>Repeat customer</source>
            <translation>زبون متكرر</translation>
        </message>
        <message>
            <source>Sale not verified</source>
            <translation>بيع غير متحقَّق منه</translation>
        </message>
        <message>
            <source>Returned twice</source>
            <translation>أُرجع مرتين</translation>
        </message>
    </context>
</TS>

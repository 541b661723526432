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
        <name>LinesTable</name>
        <message>
            <source>Product</source>
            <translation>المنتج</translation>
        </message>
        <message>
            <source>Sold</source>
            <translation>المبيع</translation>
        </message>
        <message>
            <source>Returned
before</source>
            <translation>أُرجع
سابقًا</translation>
        </message>
        <message>
            <source>Coming
back</source>
            <translation>يُرجَع
الآن</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>المدفوع</translation>
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
        <name>OverrideDialog</name>
        <message>
            <source>Manager override</source>
            <translation>استثناء من المسير</translation>
        </message>
        <message>
            <source>The policy says: {decision}</source>
            <translation>تقول سياسة الإرجاع: {decision}</translation>
        </message>
        <message>
            <source>With your approval: {outcome}</source>
            <translation>بموافقتك: {outcome}</translation>
        </message>
        <message>
            <source>Why the shop makes an exception</source>
            <translation>لماذا يقوم المتجر باستثناء</translation>
        </message>
        <message>
            <source>&amp;Manager</source>
            <translation>المسير (&amp;M)</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>الرمز السري (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>السبب (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Approve the return (Ctrl+Enter)</source>
            <translation>الموافقة على الإرجاع (&amp;A) (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Another manager must approve: you cannot approve your own override.</source>
            <translation>يجب أن يوافق مسير آخر: لا يمكنك الموافقة على استثنائك بنفسك.</translation>
        </message>
    </context>
    <context>
        <name>PolicyDialog</name>
        <message>
            <source>Return policy</source>
            <translation>سياسة الإرجاع</translation>
        </message>
        <message>
            <source>Version {version} is in force. Saving makes a new version; returns already made keep the version they were judged under.</source>
            <translation>الإصدار {version} ساري المفعول. الحفظ ينشئ إصدارًا جديدًا؛ وعمليات الإرجاع السابقة تحتفظ بالإصدار الذي قُرّرت بموجبه.</translation>
        </message>
        <message>
            <source>Refund window (days after purchase)</source>
            <translation>أجل استرجاع المبلغ (أيام بعد الشراء)</translation>
        </message>
        <message>
            <source>Exchange window (days after purchase)</source>
            <translation>أجل الاستبدال (أيام بعد الشراء)</translation>
        </message>
        <message>
            <source>Change-of-mind deduction (%)</source>
            <translation>الاقتطاع عند تغيير الرأي (%)</translation>
        </message>
        <message>
            <source>Minimum deduction ({currency})</source>
            <translation>الحد الأدنى للاقتطاع ({currency})</translation>
        </message>
    </context>
    <context>
        <name>ReturnScreen</name>
        <message>
            <source>Return or exchange</source>
            <translation>إرجاع أو استبدال</translation>
        </message>
        <message>
            <source>&amp;Order</source>
            <translation>رقم البيع (&amp;O)</translation>
        </message>
        <message>
            <source>Scan the receipt, or type the order number (S-20261122-0007)</source>
            <translation>امسح الوصل أو اكتب رقم البيع (S-20261122-0007)</translation>
        </message>
        <message>
            <source>or find it by &amp;date</source>
            <translation>أو ابحث عنه بالتاريخ (&amp;D)</translation>
        </message>
        <message>
            <source>and/or p&amp;hone</source>
            <translation>و/أو الهاتف (&amp;H)</translation>
        </message>
        <message>
            <source>customer phone</source>
            <translation>هاتف الزبون</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Back to sale (F8)</source>
            <translation>العودة إلى البيع (F8)</translation>
        </message>
        <message>
            <source>Coming &amp;back: pick the line with ↑ ↓, type how many, or + / −</source>
            <translation>الكمية المُرجعة (&amp;B): اختر السطر بـ ↑ ↓، واكتب العدد، أو + / −</translation>
        </message>
        <message>
            <source>Customer wants</source>
            <translation>يريد الزبون</translation>
        </message>
        <message>
            <source>Re&amp;fund</source>
            <translation>استرجاع المبلغ (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Exchange</source>
            <translation>استبدال (&amp;E)</translation>
        </message>
        <message>
            <source>Exchange for</source>
            <translation>استبدال بـ</translation>
        </message>
        <message>
            <source>New &amp;items</source>
            <translation>المنتجات الجديدة (&amp;I)</translation>
        </message>
        <message>
            <source>Scan or type what the customer takes instead</source>
            <translation>امسح أو اكتب ما يأخذه الزبون بدلًا منه</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>السبب (&amp;R)</translation>
        </message>
        <message>
            <source>In its original &amp;condition: not damaged, not used</source>
            <translation>في حالته الأصلية (&amp;C): غير متضرر وغير مستعمل</translation>
        </message>
        <message>
            <source>In its original pac&amp;kaging</source>
            <translation>في تغليفه الأصلي (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>ملاحظة (&amp;N)</translation>
        </message>
        <message>
            <source>Required for 'Other'</source>
            <translation>إلزامية عند اختيار «سبب آخر»</translation>
        </message>
        <message>
            <source>Defect photo</source>
            <translation>صورة العيب</translation>
        </message>
        <message>
            <source>Attach &amp;photo…</source>
            <translation>إرفاق صورة… (&amp;P)</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>المدينة (&amp;Y)</translation>
        </message>
        <message>
            <source>shipped orders only</source>
            <translation>للطلبات المشحونة فقط</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>العنوان (&amp;A)</translation>
        </message>
        <message>
            <source>Ref&amp;und to</source>
            <translation>طريقة الاسترجاع (&amp;U)</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>نقدًا</translation>
        </message>
        <message>
            <source>Manager o&amp;verride…</source>
            <translation>استثناء من المسير… (&amp;V)</translation>
        </message>
        <message>
            <source>Confirm (Ctrl+Enter)</source>
            <translation>تأكيد (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Looking {number} up at this shop's tills…</source>
            <translation>جارٍ البحث عن {number} في صناديق المتجر…</translation>
        </message>
        <message>
            <source>No sale has the order number '{number}'. Check the receipt.</source>
            <translation>لا يوجد بيع برقم «{number}». تحقق من الوصل.</translation>
        </message>
        <message numerus="yes">
            <source>%n sale(s) found: pick one and press Enter.</source>
            <translation>
                <numerusform>لم يُعثر على أي بيع.</numerusform>
                <numerusform>عُثر على بيع واحد: اختره واضغط Enter.</numerusform>
                <numerusform>عُثر على بيعين: اختر أحدهما واضغط Enter.</numerusform>
                <numerusform>عُثر على %n عمليات بيع: اختر واحدة واضغط Enter.</numerusform>
                <numerusform>عُثر على %n عملية بيع: اختر واحدة واضغط Enter.</numerusform>
                <numerusform>عُثر على %n عملية بيع: اختر واحدة واضغط Enter.</numerusform>
            </translation>
        </message>
        <message>
            <source>No sale found for that search.</source>
            <translation>لم يُعثر على أي بيع بهذا البحث.</translation>
        </message>
        <message>
            <source>Sale {number} found.</source>
            <translation>تم العثور على البيع {number}.</translation>
        </message>
        <message>
            <source>Find the sale first.</source>
            <translation>ابحث عن البيع أولًا.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; · {when} · sold by {clerk} · paid {methods} · total {total}</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; · {when} · باعه {clerk} · الدفع {methods} · المجموع {total}</translation>
        </message>
        <message>
            <source>&lt;b&gt;sale not verified&lt;/b&gt;: a manager approves its returns</source>
            <translation>&lt;b&gt;بيع غير مُتحقَّق منه&lt;/b&gt;: يوافق المسير على عمليات إرجاعه</translation>
        </message>
        <message>
            <source>As the sale was paid (cash)</source>
            <translation>كما دُفع البيع (نقدًا)</translation>
        </message>
        <message>
            <source>As the sale was paid (card)</source>
            <translation>كما دُفع البيع (البطاقة البنكية)</translation>
        </message>
        <message>
            <source>As the sale was paid</source>
            <translation>كما دُفع البيع</translation>
        </message>
        <message>
            <source>in cash</source>
            <translation>نقدًا</translation>
        </message>
        <message>
            <source>by card</source>
            <translation>بالبطاقة البنكية</translation>
        </message>
        <message>
            <source>by an exchange credit</source>
            <translation>برصيد استبدال</translation>
        </message>
        <message>
            <source>Photo of the defect</source>
            <translation>صورة العيب</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.heic *.webp)</source>
            <translation>الصور (*.png *.jpg *.jpeg *.heic *.webp)</translation>
        </message>
        <message>
            <source>That file is empty.</source>
            <translation>هذا الملف فارغ.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>لا توجد صورة</translation>
        </message>
        <message>
            <source>{name} ({size} KB)</source>
            <translation>{name} ({size} ك.ب)</translation>
        </message>
        <message>
            <source>Scan the receipt or type the order number.</source>
            <translation>امسح الوصل أو اكتب رقم البيع.</translation>
        </message>
        <message>
            <source>Set how many of each item come back.</source>
            <translation>حدد كمية كل منتج يُرجَع.</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>مقبول</translation>
        </message>
        <message>
            <source>Allowed, with a deduction</source>
            <translation>مقبول، مع اقتطاع</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>مرفوض</translation>
        </message>
        <message>
            <source>Not ready yet</source>
            <translation>غير جاهز بعد</translation>
        </message>
        <message>
            <source>The policy's decision</source>
            <translation>قرار سياسة الإرجاع</translation>
        </message>
        <message>
            <source>Still needed: {what}</source>
            <translation>ما زال ينقص: {what}</translation>
        </message>
        <message>
            <source>Still needed: {what} ({key})</source>
            <translation>ما زال ينقص: {what} ({key})</translation>
        </message>
        <message>
            <source>Returned value {value} · deduction {deduction} · in cash</source>
            <translation>القيمة المُرجعة {value} · الاقتطاع {deduction} · نقدًا</translation>
        </message>
        <message>
            <source>Returned value {value} · deduction {deduction} · back to the card</source>
            <translation>القيمة المُرجعة {value} · الاقتطاع {deduction} · إلى البطاقة البنكية</translation>
        </message>
        <message>
            <source>Credit {credit} · new items {new_items} · paid in cash, like the sale</source>
            <translation>الرصيد {credit} · المنتجات الجديدة {new_items} · يُدفع نقدًا، مثل البيع</translation>
        </message>
        <message>
            <source>Credit {credit} · new items {new_items} · paid by card, like the sale</source>
            <translation>الرصيد {credit} · المنتجات الجديدة {new_items} · يُدفع بالبطاقة البنكية، مثل البيع</translation>
        </message>
        <message>
            <source>Credit {credit} · new items {new_items} · given back in cash</source>
            <translation>الرصيد {credit} · المنتجات الجديدة {new_items} · يُرَدّ الباقي نقدًا</translation>
        </message>
        <message>
            <source>Credit {credit} · new items {new_items} · given back to the card</source>
            <translation>الرصيد {credit} · المنتجات الجديدة {new_items} · يُرَدّ الباقي إلى البطاقة البنكية</translation>
        </message>
        <message>
            <source>Credit {credit} · new items {new_items}</source>
            <translation>الرصيد {credit} · المنتجات الجديدة {new_items}</translation>
        </message>
        <message>
            <source>New items: {total}</source>
            <translation>المنتجات الجديدة: {total}</translation>
        </message>
        <message>
            <source>No new items yet.</source>
            <translation>لا توجد منتجات جديدة بعد.</translation>
        </message>
        <message>
            <source>{outcome}, no deduction.</source>
            <translation>{outcome}، دون اقتطاع.</translation>
        </message>
        <message>
            <source>{number} recorded.</source>
            <translation>تم تسجيل {number}.</translation>
        </message>
    </context>
    <context>
        <name>UnverifiedReturnDialog</name>
        <message>
            <source>Return of a sale not verified</source>
            <translation>إرجاع بيع غير مُتحقَّق منه</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is not known at this till and the hub does not answer. Scan what the customer brings back. The refund is the catalog's price unless the manager types the price paid; a manager approves, and the return is flagged: sale not verified.</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; غير معروف في هذا الصندوق وخادم المتجر لا يجيب. امسح ما يُرجعه الزبون. يُسترجع المبلغ بثمن الكتالوج ما لم يكتب المسير الثمن المدفوع؛ يوافق المسير، ويُعلَّم الإرجاع: بيع غير مُتحقَّق منه.</translation>
        </message>
        <message>
            <source>Scan or type each item brought back</source>
            <translation>امسح أو اكتب كل منتج مُرجَع</translation>
        </message>
        <message>
            <source>the price paid for the item picked, if not the catalog's</source>
            <translation>الثمن المدفوع للمنتج المختار، إن لم يكن ثمن الكتالوج</translation>
        </message>
        <message>
            <source>In its &amp;original condition: not damaged, not used</source>
            <translation>في حالته الأصلية (&amp;O): غير متضرر وغير مستعمل</translation>
        </message>
        <message>
            <source>In its original pac&amp;kaging</source>
            <translation>في تغليفه الأصلي (&amp;K)</translation>
        </message>
        <message>
            <source>Required for 'Other'</source>
            <translation>إلزامية عند اختيار «سبب آخر»</translation>
        </message>
        <message>
            <source>&amp;Item</source>
            <translation>المنتج (&amp;I)</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>القائمة (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Price paid</source>
            <translation>الثمن المدفوع (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>السبب (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>ملاحظة (&amp;N)</translation>
        </message>
        <message>
            <source>Manager &amp;approval… (Ctrl+Enter)</source>
            <translation>موافقة المسير… (&amp;A) (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>{product} added.</source>
            <translation>تمت إضافة {product}.</translation>
        </message>
        <message>
            <source>Pick the item in the list first (Alt+L).</source>
            <translation>اختر المنتج في القائمة أولًا (Alt+L).</translation>
        </message>
        <message>
            <source>Price paid set for {product}.</source>
            <translation>تم تحديد الثمن المدفوع لـ {product}.</translation>
        </message>
        <message>
            <source>{product} × {quantity}  ·  {price} (price paid, typed)  ·  {total}</source>
            <translation>{product} × {quantity}  ·  {price} (الثمن المدفوع، مكتوب)  ·  {total}</translation>
        </message>
        <message>
            <source>{product} × {quantity}  ·  {price} (catalog price)  ·  {total}</source>
            <translation>{product} × {quantity}  ·  {price} (ثمن الكتالوج)  ·  {total}</translation>
        </message>
        <message>
            <source>Customer receives {amount} in cash</source>
            <translation>يسترجع الزبون {amount} نقدًا</translation>
        </message>
        <message>
            <source>Nothing scanned yet.</source>
            <translation>لم يُمسح أي شيء بعد.</translation>
        </message>
        <message>
            <source>Scan the items the customer brings back.</source>
            <translation>امسح المنتجات التي يُرجعها الزبون.</translation>
        </message>
        <message>
            <source>{number} cannot be verified: this till has never seen it and the hub does not answer.</source>
            <translation>{number} لا يمكن التحقق منه: هذا الصندوق لم يره قط وخادم المتجر لا يجيب.</translation>
        </message>
        <message>
            <source>Customer receives {amount} in cash; the return is flagged as sale not verified.</source>
            <translation>يسترجع الزبون {amount} نقدًا؛ ويُعلَّم الإرجاع كبيع غير مُتحقَّق منه.</translation>
        </message>
    </context>
    <context>
        <name>background</name>
        <message>
            <source>Something went wrong ({kind}: {error}). Nothing was saved.</source>
            <translation>حدث خطأ ({kind}: {error}). لم يُحفظ أي شيء.</translation>
        </message>
    </context>
</TS>

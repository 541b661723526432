<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CartTableModel</name>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>ثمن الوحدة</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>مجموع السطر</translation>
    </message>
    <message>
        <source>Only {stock} in stock; sale allowed by a manager.</source>
        <translation>في المخزون {stock} فقط؛ البيع بإذن من المسير.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <source>The customer agrees that we keep their email and phone</source>
        <translation>يوافق الزبون على احتفاظنا ببريده الإلكتروني وهاتفه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>بدون زبون</translation>
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
    <name>LoginScreen</name>
    <message>
        <source>Who is at the counter? Pick your name, type your PIN, press Enter.</source>
        <translation>من في الصندوق؟ اختر اسمك، اكتب رمزك السري، ثم اضغط Enter للدخول.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>المسير</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>بائع</translation>
    </message>
    <message>
        <source>Pick your name first.</source>
        <translation>اختر اسمك أولًا.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>اكتب رمزك السري.</translation>
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
        <translation>البيع (&amp;S)</translation>
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
        <translation>المسير (&amp;M)</translation>
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
        <translation>خادم المتجر (&amp;H)…</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>الموظفون (&amp;T)</translation>
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
    <name>ManagerApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>موافقة المسير</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>الرمز السري للمسير</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المسير</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <source>No other manager can approve this.</source>
        <translation>لا يوجد مسير آخر يمكنه الموافقة على هذا.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>الأداء</translation>
    </message>
    <message>
        <source>Cash (F9)</source>
        <translation>نقدًا (F9)</translation>
    </message>
    <message>
        <source>Card (F10)</source>
        <translation>البطاقة البنكية (F10)</translation>
    </message>
    <message>
        <source>Amount given (Enter alone: the exact amount)</source>
        <translation>المبلغ المسلَّم (Enter وحده: المبلغ بالضبط)</translation>
    </message>
    <message>
        <source>Exact (Enter)</source>
        <translation>المبلغ بالضبط (Enter)</translation>
    </message>
    <message>
        <source>Complete sale (Enter)</source>
        <translation>إتمام البيع (Enter)</translation>
    </message>
    <message>
        <source>Back to the cart (Esc)</source>
        <translation>العودة إلى السلة (Esc)</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>المبلغ المسلَّم</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>المبلغ المطلوب</translation>
    </message>
    <message>
        <source>{amount} short</source>
        <translation>ينقص {amount}</translation>
    </message>
    <message>
        <source>Check the amount</source>
        <translation>تحقق من المبلغ</translation>
    </message>
    <message>
        <source>{given} given for {total}: the change would be {change}. Is the amount right?</source>
        <translation>سُلِّم {given} مقابل {total}: سيكون الباقي {change}. هل المبلغ صحيح؟</translation>
    </message>
    <message>
        <source>give the change</source>
        <translation>أعط الباقي</translation>
    </message>
    <message>
        <source>correct the amount</source>
        <translation>صحح المبلغ</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Products matching &apos;{text}&apos;</source>
        <translation>المنتجات المطابقة لـ «{text}»</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Scan a barcode, or type a SKU or part of a name, then Enter  (F2)</source>
        <translation>امسح الرمز الشريطي، أو اكتب SKU أو جزءًا من الاسم، ثم Enter  (F2)</translation>
    </message>
    <message>
        <source>Quantity… (F3)</source>
        <translation>الكمية… (F3)</translation>
    </message>
    <message>
        <source>Remove line (Del)</source>
        <translation>حذف السطر (Del)</translation>
    </message>
    <message>
        <source>Customer… (F4)</source>
        <translation>الزبون… (F4)</translation>
    </message>
    <message>
        <source>Cash  (F9)</source>
        <translation>نقدًا  (F9)</translation>
    </message>
    <message>
        <source>Card  (F10)</source>
        <translation>البطاقة البنكية  (F10)</translation>
    </message>
    <message>
        <source>Void cart (Esc Esc)</source>
        <translation>إلغاء السلة (Esc Esc)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>القطع</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>العروض</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Your sale is back: {sale}.</source>
        <translation>عاد بيعك: {sale}.</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>بيع جديد</translation>
    </message>
    <message>
        <source>void it and start a new sale</source>
        <translation>ألغِه وابدأ بيعًا جديدًا</translation>
    </message>
    <message>
        <source>keep this sale</source>
        <translation>احتفظ بهذا البيع</translation>
    </message>
    <message>
        <source>Nothing added: no product picked.</source>
        <translation>لم يُضف شيء: لم يتم اختيار أي منتج.</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>السلة فارغة.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Press Esc again to void the whole cart.</source>
        <translation>اضغط Esc مرة أخرى لإلغاء السلة كلها.</translation>
    </message>
    <message>
        <source>Cart voided.</source>
        <translation>أُلغيت السلة.</translation>
    </message>
    <message>
        <source>No customer details.</source>
        <translation>لا توجد بيانات الزبون.</translation>
    </message>
    <message>
        <source>Customer: {details}</source>
        <translation>الزبون: {details}</translation>
    </message>
    <message>
        <source>Sale {number} saved.</source>
        <translation>تم حفظ البيع {number}.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Counter is already open</source>
        <translation>برنامج Counter مفتوح من قبل</translation>
    </message>
    <message>
        <source>Counter is already open on this shop, on this computer. Use that window, or close it before starting another.</source>
        <translation>برنامج Counter مفتوح من قبل لهذا المتجر على هذا الحاسوب. استعمل تلك النافذة، أو أغلقها قبل فتح أخرى.</translation>
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
    <name>backups</name>
    <message>
        <source>Backup saved: {file}</source>
        <translation>تم حفظ النسخة الاحتياطية: {file}</translation>
    </message>
    <message>
        <source>The backup could not be made: {error}</source>
        <translation>تعذر إنشاء النسخة الاحتياطية: {error}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>&amp;Yes, {what}</source>
        <translation>نعم، {what} (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, {what}</source>
        <translation>لا، {what} (&amp;N)</translation>
    </message>
    <message>
        <source>Y: {yes}.   N, Esc or Enter: {no}.</source>
        <translation>اضغط Y: {yes}.   واضغط N أو Esc أو Enter: {no}.</translation>
    </message>
</context>
</TS>

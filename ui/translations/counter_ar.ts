<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AdjustStockDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation>تعديل المخزون</translation>
    </message>
    <message>
        <source>Counted on the shelf</source>
        <translation>المعدود على الرف</translation>
    </message>
    <message>
        <source>Change by</source>
        <translation>تغيير بمقدار</translation>
    </message>
    <message>
        <source>What happened (required for Other)</source>
        <translation>ما الذي حدث (إلزامي عند اختيار آخر)</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Stock after</source>
        <translation>المخزون بعد</translation>
    </message>
    <message>
        <source>{stock}  (no change)</source>
        <translation>{stock}  (بدون تغيير)</translation>
    </message>
    <message>
        <source>{name}: stock {old} → {new} ({change}, {reason}).</source>
        <translation>{name}: المخزون {old} ← {new} ({change}، {reason}).</translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>Cash drawer: opened %n time(s).</source>
        <translation>
            <numerusform>درج النقود: فُتح %n مرة.</numerusform>
            <numerusform>درج النقود: فُتح مرة واحدة.</numerusform>
            <numerusform>درج النقود: فُتح مرتين.</numerusform>
            <numerusform>درج النقود: فُتح %n مرات.</numerusform>
            <numerusform>درج النقود: فُتح %n مرة.</numerusform>
            <numerusform>درج النقود: فُتح %n مرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>{why}: {count}</source>
        <translation>{why}: {count}</translation>
    </message>
    <message>
        <source>{time} {manager}: {reason}</source>
        <translation>{time} {manager}: {reason}</translation>
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
            <numerusform>من {first} إلى {last}: %n عملية إرجاع، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold}</numerusform>
            <numerusform>من {first} إلى {last}: عملية إرجاع واحدة، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold}</numerusform>
            <numerusform>من {first} إلى {last}: عمليتا إرجاع، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold}</numerusform>
            <numerusform>من {first} إلى {last}: %n عمليات إرجاع، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold}</numerusform>
            <numerusform>من {first} إلى {last}: %n عملية إرجاع، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold}</numerusform>
            <numerusform>من {first} إلى {last}: %n عملية إرجاع، مرتجعات بقيمة {returned} من أصل مبيعات بقيمة {sold}</numerusform>
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
        <source>% of the day&apos;s sales</source>
        <translation>% من مبيعات اليوم</translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>اسم المجموعة</translation>
    </message>
    <message>
        <source>Add collection</source>
        <translation>إضافة مجموعة</translation>
    </message>
    <message>
        <source>Rename selected</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <source>{name}  ·  %n product(s)</source>
        <translation>
            <numerusform>{name}  ·  %n منتج</numerusform>
            <numerusform>{name}  ·  منتج واحد</numerusform>
            <numerusform>{name}  ·  منتجان</numerusform>
            <numerusform>{name}  ·  %n منتجات</numerusform>
            <numerusform>{name}  ·  %n منتجًا</numerusform>
            <numerusform>{name}  ·  %n منتج</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection &apos;{name}&apos; added.</source>
        <translation>تمت إضافة المجموعة «{name}».</translation>
    </message>
    <message>
        <source>Select the collection to rename.</source>
        <translation>اختر المجموعة المراد إعادة تسميتها.</translation>
    </message>
    <message>
        <source>&apos;{old}&apos; is now &apos;{name}&apos;.</source>
        <translation>«{old}» أصبحت «{name}».</translation>
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
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note</source>
        <translation>قسيمة رصيد</translation>
    </message>
    <message>
        <source>Scan the credit note, or type its code (CN-…)</source>
        <translation>امسح قسيمة الرصيد، أو اكتب رمزها (CN-…)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>الرمز (&amp;C)</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Paid with it</source>
        <translation>ما دُفع بها</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>البيع</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a credit note&apos;s code: it reads CN- and 8 letters or digits.</source>
        <translation>«{text}» ليس رمز قسيمة رصيد: يُكتب CN- ثم 8 حروف أو أرقام.</translation>
    </message>
    <message>
        <source>Looking {code} up…</source>
        <translation>جارٍ البحث عن {code}…</translation>
    </message>
    <message>
        <source>No credit note has the code {code}.</source>
        <translation>لا توجد قسيمة رصيد بالرمز {code}.</translation>
    </message>
    <message>
        <source>The hub, which knows the other tills&apos; notes, did not answer: {why}</source>
        <translation>خادم المتجر، الذي يعرف قسائم الصناديق الأخرى، لم يُجب: {why}</translation>
    </message>
    <message>
        <source>Balance: {balance}</source>
        <translation>الرصيد المتبقي: {balance}</translation>
    </message>
    <message>
        <source>EXPIRED on {day}: it pays for nothing now.</source>
        <translation>انتهت صلاحيتها في {day}: لم تعد تدفع أي شيء.</translation>
    </message>
    <message>
        <source>Never expires.</source>
        <translation>لا تنتهي صلاحيتها أبدًا.</translation>
    </message>
    <message>
        <source>Expires on {day}.</source>
        <translation>تنتهي صلاحيتها في {day}.</translation>
    </message>
    <message>
        <source>Credit note {code}, worth {value}.</source>
        <translation>قسيمة الرصيد {code}، قيمتها {value}.</translation>
    </message>
    <message>
        <source>Given by return {number} on {day}.</source>
        <translation>مُنحت بالإرجاع {number} في {day}.</translation>
    </message>
    <message>
        <source>Customer: {name}.</source>
        <translation>الزبون: {name}.</translation>
    </message>
    <message>
        <source>Not used yet.</source>
        <translation>لم تُستعمل بعد.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <source>Find a customer: phone or name</source>
        <translation>البحث عن زبون: الهاتف أو الاسم</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <source>The customer agrees that we keep their email and phone</source>
        <translation>يوافق الزبون على احتفاظنا ببريده الإلكتروني وهاتفه</translation>
    </message>
    <message>
        <source>History… (Ctrl+H)</source>
        <translation>السجل… (Ctrl+H)</translation>
    </message>
    <message>
        <source>No customer found for “{text}”.</source>
        <translation>لم يُعثر على أي زبون لـ «{text}».</translation>
    </message>
    <message>
        <source>Pick a customer or type their phone first.</source>
        <translation>اختر زبونًا أو اكتب هاتفه أولًا.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>↓ ↑ pick a customer, Enter attaches them, Ctrl+H their history.</source>
        <translation>↓ ↑ اختر زبونًا، Enter يربطه بالبيع، Ctrl+H سجله.</translation>
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
    <name>CustomerHistoryDialog</name>
    <message>
        <source>Customer history</source>
        <translation>سجل الزبون</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>البيع</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>الإرجاع</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرجاع المبلغ</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>قسيمة رصيد</translation>
    </message>
    <message>
        <source>&amp;Erase customer…</source>
        <translation>مسح الزبون… (&amp;E)</translation>
    </message>
    <message>
        <source>Why the customer is erased, then Enter</source>
        <translation>سبب مسح الزبون، ثم Enter</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>الإرجاعات</translation>
    </message>
    <message>
        <source>No sale here has this customer (any more).</source>
        <translation>لا يوجد (بعد الآن) أي بيع هنا بهذا الزبون.</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s), {spent} in all</source>
        <translation>
            <numerusform>%n عملية شراء، {spent} في المجموع</numerusform>
            <numerusform>عملية شراء واحدة، {spent} في المجموع</numerusform>
            <numerusform>عمليتا شراء، {spent} في المجموع</numerusform>
            <numerusform>%n عمليات شراء، {spent} في المجموع</numerusform>
            <numerusform>%n عملية شراء، {spent} في المجموع</numerusform>
            <numerusform>%n عملية شراء، {spent} في المجموع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n return(s), {refunded} given back</source>
        <translation>
            <numerusform>%n إرجاع، {refunded} مُسترجعة</numerusform>
            <numerusform>إرجاع واحد، {refunded} مُسترجعة</numerusform>
            <numerusform>إرجاعان، {refunded} مُسترجعة</numerusform>
            <numerusform>%n إرجاعات، {refunded} مُسترجعة</numerusform>
            <numerusform>%n إرجاعًا، {refunded} مُسترجعة</numerusform>
            <numerusform>%n إرجاع، {refunded} مُسترجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>card</source>
        <translation>البطاقة البنكية</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <source>{code}: {balance} left</source>
        <translation>{code}: الرصيد المتبقي {balance}</translation>
    </message>
    <message>
        <source>Type why the customer is erased, then Enter.</source>
        <translation>اكتب سبب مسح الزبون، ثم Enter.</translation>
    </message>
    <message>
        <source>Give the reason for erasing the customer.</source>
        <translation>اذكر سبب مسح الزبون.</translation>
    </message>
    <message numerus="yes">
        <source>Erase {who}? Their name, phone and email leave %n sale(s) here and on the hub, their parked carts and the TikTok events not yet sent. The sales stay, with their totals, without a customer. This cannot be undone.</source>
        <translation>
            <numerusform>مسح {who}؟ يُحذف اسمه وهاتفه وبريده الإلكتروني من %n عملية بيع هنا وعلى الخادم المركزي، ومن سلاله المعلقة وأحداث TikTok التي لم تُرسل بعد. تبقى المبيعات بمجاميعها، بدون زبون. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>مسح {who}؟ يُحذف اسمه وهاتفه وبريده الإلكتروني من عملية بيع واحدة هنا وعلى الخادم المركزي، ومن سلاله المعلقة وأحداث TikTok التي لم تُرسل بعد. يبقى البيع بمجموعه، بدون زبون. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>مسح {who}؟ يُحذف اسمه وهاتفه وبريده الإلكتروني من عمليتي بيع هنا وعلى الخادم المركزي، ومن سلاله المعلقة وأحداث TikTok التي لم تُرسل بعد. تبقى المبيعات بمجاميعها، بدون زبون. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>مسح {who}؟ يُحذف اسمه وهاتفه وبريده الإلكتروني من %n عمليات بيع هنا وعلى الخادم المركزي، ومن سلاله المعلقة وأحداث TikTok التي لم تُرسل بعد. تبقى المبيعات بمجاميعها، بدون زبون. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>مسح {who}؟ يُحذف اسمه وهاتفه وبريده الإلكتروني من %n عملية بيع هنا وعلى الخادم المركزي، ومن سلاله المعلقة وأحداث TikTok التي لم تُرسل بعد. تبقى المبيعات بمجاميعها، بدون زبون. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>مسح {who}؟ يُحذف اسمه وهاتفه وبريده الإلكتروني من %n عملية بيع هنا وعلى الخادم المركزي، ومن سلاله المعلقة وأحداث TikTok التي لم تُرسل بعد. تبقى المبيعات بمجاميعها، بدون زبون. لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase the customer</source>
        <translation>مسح الزبون</translation>
    </message>
    <message>
        <source>erase them</source>
        <translation>مسحه</translation>
    </message>
    <message>
        <source>keep them</source>
        <translation>الإبقاء عليه</translation>
    </message>
    <message>
        <source>A manager erases the customer: their PIN.</source>
        <translation>المسير يمسح الزبون: الرمز السري.</translation>
    </message>
    <message numerus="yes">
        <source>Customer erased: %n sale(s) kept without a customer.</source>
        <translation>
            <numerusform>مُسح الزبون: %n عملية بيع محفوظة بدون زبون.</numerusform>
            <numerusform>مُسح الزبون: عملية بيع واحدة محفوظة بدون زبون.</numerusform>
            <numerusform>مُسح الزبون: عمليتا بيع محفوظتان بدون زبون.</numerusform>
            <numerusform>مُسح الزبون: %n عمليات بيع محفوظة بدون زبون.</numerusform>
            <numerusform>مُسح الزبون: %n عملية بيع محفوظة بدون زبون.</numerusform>
            <numerusform>مُسح الزبون: %n عملية بيع محفوظة بدون زبون.</numerusform>
        </translation>
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
        <source>&lt;b&gt;This day is closed&lt;/b&gt; by {manager} on {when}: counted {counted}, expected {expected}. &lt;span style=&apos;color:{colour}&apos;&gt;{difference}.&lt;/span&gt; It can be printed again, not changed.</source>
        <translation>&lt;b&gt;هذا اليوم مُغلق&lt;/b&gt; من طرف {manager} في {when}: المعدود {counted}، المنتظر {expected}، &lt;span style=&apos;color:{colour}&apos;&gt;{difference}&lt;/span&gt; يمكن طباعته من جديد، لا تعديله.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;Cash moved by {amount} after the close (a late sale or return): it is not in the count.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;تحركت نقود بمبلغ {amount} بعد الإغلاق (بيع أو إرجاع متأخر): ليست ضمن العدّ.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>رصيد الافتتاح</translation>
    </message>
    <message>
        <source>Opening float of {amount} set.</source>
        <translation>تم تحديد رصيد الافتتاح: {amount}</translation>
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
        <translation>إغلاق {day} بمبلغ معدود {counted} مقابل {expected} منتظر؟ {difference}، لا يمكن تعديل يوم مُغلق بعد ذلك.</translation>
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
        <source>Parked carts</source>
        <translation>السلال المعلقة</translation>
    </message>
    <message>
        <source>void them</source>
        <translation>إلغاؤها</translation>
    </message>
    <message>
        <source>keep them parked</source>
        <translation>إبقاؤها معلقة</translation>
    </message>
    <message numerus="yes">
        <source>%n parked cart(s) voided.</source>
        <translation>
            <numerusform>أُلغيت %n سلة معلقة.</numerusform>
            <numerusform>أُلغيت سلة معلقة واحدة.</numerusform>
            <numerusform>أُلغيت سلتان معلقتان.</numerusform>
            <numerusform>أُلغيت %n سلال معلقة.</numerusform>
            <numerusform>أُلغيت %n سلة معلقة.</numerusform>
            <numerusform>أُلغيت %n سلة معلقة.</numerusform>
        </translation>
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
        <source>Every till of the shop, read from the shop&apos;s hub</source>
        <translation>كل صناديق المتجر، مقروءة من خادم المتجر</translation>
    </message>
    <message>
        <source>Export the day&apos;s report as CSV</source>
        <translation>تصدير تقرير اليوم بصيغة CSV</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>Export the day&apos;s report as PDF</source>
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
        <source>Printing on the receipt printer…</source>
        <translation>جارٍ الطبع على طابعة الوصولات…</translation>
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
        <source>Customer (Ctrl+H)</source>
        <translation>الزبون (Ctrl+H)</translation>
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
    <name>DiscountDialog</name>
    <message>
        <source>Discount on the line</source>
        <translation>تخفيض على السطر</translation>
    </message>
    <message>
        <source>&amp;Percent (%)</source>
        <translation>نسبة مئوية (%) (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Amount (MAD)</source>
        <translation>مبلغ (MAD) (&amp;A)</translation>
    </message>
    <message>
        <source>New p&amp;rice (MAD)</source>
        <translation>سعر جديد (MAD) (&amp;R)</translation>
    </message>
    <message>
        <source>Pick or type the reason</source>
        <translation>اختر السبب أو اكتبه</translation>
    </message>
    <message>
        <source>Taken after the promotions and the lines&apos; discounts; a percent is rounded to the centime.</source>
        <translation>يُطبَّق بعد العروض الترويجية وتخفيضات الأسطر؛ تُقرَّب النسبة إلى السنتيم.</translation>
    </message>
    <message>
        <source>Taken after the promotion; a percent is rounded to the centime.</source>
        <translation>يُطبَّق بعد العرض الترويجي؛ تُقرَّب النسبة إلى السنتيم.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>التخفيض</translation>
    </message>
    <message>
        <source>Discount on the sale</source>
        <translation>تخفيض على البيع</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>DiscountLimitsDialog</name>
    <message>
        <source>Discount limits</source>
        <translation>حدود التخفيض</translation>
    </message>
    <message>
        <source>Clerks, at most (%)</source>
        <translation>البائعون، على الأكثر (%)</translation>
    </message>
    <message>
        <source>Managers, at most (%)</source>
        <translation>المسيرون، على الأكثر (%)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Beyond their limit, a clerk&apos;s discount needs a manager&apos;s PIN. Empty: no limit.</source>
        <translation>ما يتجاوز حده، يحتاج تخفيض البائع إلى الرمز السري للمسير. فارغ: بلا حد.</translation>
    </message>
    <message>
        <source>A limit is a percentage between 0 and 100.</source>
        <translation>الحد نسبة مئوية بين 0 و100.</translation>
    </message>
</context>
<context>
    <name>DrawerDialog</name>
    <message>
        <source>Open the drawer</source>
        <translation>فتح درج النقود</translation>
    </message>
    <message>
        <source>The drawer opens with no sale: say why. The opening is recorded with your name and counted in the Z report.</source>
        <translation>يُفتح درج النقود دون بيع: اذكر السبب. يُسجَّل الفتح باسمك ويُحتسب في تقرير Z.</translation>
    </message>
    <message>
        <source>Reason, e.g. change for the bank</source>
        <translation>السبب، مثلًا: صرف نقود للبنك</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>السبب (&amp;R)</translation>
    </message>
    <message>
        <source>Open the drawer (Enter)</source>
        <translation>فتح درج النقود (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>إلغاء (Esc)</translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation>جارٍ فتح درج النقود…</translation>
    </message>
    <message>
        <source>This till has no receipt printer with a cash drawer (Manager → Printer): nothing was opened or recorded.</source>
        <translation>لا توجد في هذا الصندوق طابعة وصولات بدرج نقود (المسير ← الطابعة): لم يُفتح ولم يُسجَّل شيء.</translation>
    </message>
</context>
<context>
    <name>HardwareDialog</name>
    <message>
        <source>Printer and customer display</source>
        <translation>الطابعة وشاشة الزبون</translation>
    </message>
    <message>
        <source>empty: the system&apos;s print dialog</source>
        <translation>فارغ: نافذة الطباعة في النظام</translation>
    </message>
    <message>
        <source>No address: receipts go through the system&apos;s print dialog, as before. An ESC/POS printer: its address in one of these forms.</source>
        <translation>بدون عنوان: تمر الوصولات عبر نافذة الطباعة في النظام، كما من قبل. طابعة ⁨ESC/⁠POS⁩: عنوانها على أحد هذه الأشكال.</translation>
    </message>
    <message>
        <source>{width} mm</source>
        <translation>{width} مم</translation>
    </message>
    <message>
        <source>Print the receipt by &amp;itself after each sale</source>
        <translation>اطبع الوصل تلقائيًا بعد كل بيع (&amp;I)</translation>
    </message>
    <message>
        <source>A cash &amp;drawer is plugged into the printer</source>
        <translation>درج النقود موصول بالطابعة (&amp;D)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بدون</translation>
    </message>
    <message>
        <source>A window on the second screen</source>
        <translation>نافذة على الشاشة الثانية</translation>
    </message>
    <message>
        <source>A pole display at an address</source>
        <translation>شاشة عمودية على عنوان</translation>
    </message>
    <message>
        <source>Print a &amp;test page (Ctrl+T)</source>
        <translation>اطبع صفحة اختبار (&amp;T) (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>الطابعة (&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>الورق (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Customer display</source>
        <translation>شاشة الزبون (&amp;C)</translation>
    </message>
    <message>
        <source>Display&apos;s add&amp;ress</source>
        <translation>عنوان الشاشة (&amp;R)</translation>
    </message>
    <message>
        <source>Type the pole display&apos;s address, or choose no display.</source>
        <translation>اكتب عنوان الشاشة العمودية، أو اختر «بدون».</translation>
    </message>
    <message>
        <source>Type the receipt printer&apos;s address first: without one, receipts go through the system&apos;s print dialog.</source>
        <translation>اكتب أولًا عنوان طابعة الوصولات: بدونه تمر الوصولات عبر نافذة الطباعة في النظام.</translation>
    </message>
    <message>
        <source>Printing a test page on {printer}…</source>
        <translation>جارٍ طبع صفحة اختبار على {printer}…</translation>
    </message>
    <message>
        <source>The test page was sent to the printer: check that it is whole and sharp.</source>
        <translation>أُرسلت صفحة الاختبار إلى الطابعة: تأكد أنها كاملة وواضحة.</translation>
    </message>
    <message>
        <source>The paper is running low.</source>
        <translation>لفافة الورق أوشكت على النفاد.</translation>
    </message>
</context>
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
    <name>ImportDialog</name>
    <message>
        <source>Import products</source>
        <translation>استيراد المنتجات</translation>
    </message>
    <message>
        <source>The online store&apos;s product export (Shopify: Products → Export → CSV), or any product CSV. Importing again updates products by SKU or barcode; it never duplicates them.</source>
        <translation>ملف تصدير منتجات المتجر الإلكتروني (Shopify: المنتجات ← تصدير ← CSV)، أو أي ملف CSV للمنتجات. الاستيراد من جديد يحدّث المنتجات حسب SKU أو الرمز الشريطي؛ ولا يكررها أبدًا.</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v من %m سطر</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يتم اختيار أي ملف</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Match the file&apos;s columns</source>
        <translation>مطابقة أعمدة الملف</translation>
    </message>
    <message>
        <source>* needed · ° the SKU or the barcode, at least one: the next import finds the product again by it</source>
        <translation>* إلزامي · ° SKU أو الرمز الشريطي، واحد منهما على الأقل: به يجد الاستيراد القادم المنتج من جديد</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشاكل</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>الأسطر الأولى</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose the product file</source>
        <translation>اختيار ملف المنتجات</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>SKU or barcode</source>
        <translation>SKU أو الرمز الشريطي</translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n line(s) · read once the columns marked in red are chosen.</source>
        <translation>
            <numerusform>{kind} · %n سطر · يُقرأ بعد اختيار الأعمدة المحددة بالأحمر.</numerusform>
            <numerusform>{kind} · سطر واحد · يُقرأ بعد اختيار الأعمدة المحددة بالأحمر.</numerusform>
            <numerusform>{kind} · سطران · يُقرآن بعد اختيار الأعمدة المحددة بالأحمر.</numerusform>
            <numerusform>{kind} · %n أسطر · تُقرأ بعد اختيار الأعمدة المحددة بالأحمر.</numerusform>
            <numerusform>{kind} · %n سطرًا · تُقرأ بعد اختيار الأعمدة المحددة بالأحمر.</numerusform>
            <numerusform>{kind} · %n سطر · تُقرأ بعد اختيار الأعمدة المحددة بالأحمر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: not read yet</source>
        <translation>المشاكل: لم تُقرأ بعد</translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for: {fields}.</source>
        <translation>اختر عمود الملف لـ: {fields}.</translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing was changed.</source>
        <translation>لا يمكن استيراد هذا الملف. لم يتغير أي شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): those lines are skipped, the others are imported.</source>
        <translation>
            <numerusform>%n مشكلة: تُتخطى هذه الأسطر وتُستورد الأخرى.</numerusform>
            <numerusform>مشكلة واحدة: يُتخطى هذا السطر وتُستورد الأخرى.</numerusform>
            <numerusform>مشكلتان: يُتخطى هذان السطران وتُستورد الأخرى.</numerusform>
            <numerusform>%n مشاكل: تُتخطى هذه الأسطر وتُستورد الأخرى.</numerusform>
            <numerusform>%n مشكلة: تُتخطى هذه الأسطر وتُستورد الأخرى.</numerusform>
            <numerusform>%n مشكلة: تُتخطى هذه الأسطر وتُستورد الأخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>no problem found.</source>
        <translation>لم يُعثر على أي مشكلة.</translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n line(s) · {found}</source>
        <translation>
            <numerusform>{kind} · %n سطر · {found}</numerusform>
            <numerusform>{kind} · سطر واحد · {found}</numerusform>
            <numerusform>{kind} · سطران · {found}</numerusform>
            <numerusform>{kind} · %n أسطر · {found}</numerusform>
            <numerusform>{kind} · %n سطرًا · {found}</numerusform>
            <numerusform>{kind} · %n سطر · {found}</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns ignored: {columns}</source>
        <translation>الأعمدة المتجاهلة: {columns}</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— غير موجود في الملف —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Above the price: the import makes it a promotion.</source>
        <translation>أعلى من الثمن: يجعل الاستيراد منه عرضًا.</translation>
    </message>
    <message>
        <source>First rows ({shown} of {rows} to import)</source>
        <translation>الأسطر الأولى ({shown} من {rows} للاستيراد)</translation>
    </message>
    <message>
        <source>Rows to import ({rows})</source>
        <translation>الأسطر المراد استيرادها ({rows})</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>المشاكل ({count})</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>المشاكل: لا شيء</translation>
    </message>
    <message>
        <source>warnings ({count})</source>
        <translation>تنبيهات ({count})</translation>
    </message>
    <message>
        <source>Importing… the counter stays usable meanwhile.</source>
        <translation>جارٍ الاستيراد… يبقى الصندوق قابلًا للاستعمال في الأثناء.</translation>
    </message>
    <message>
        <source>Imported. The products screen shows the catalog as it is now.</source>
        <translation>تم الاستيراد. تعرض شاشة المنتجات الكتالوج كما هو الآن.</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Barcode labels</source>
        <translation>ملصقات الرمز الشريطي</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source> of each</source>
        <translation> من كل منتج</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>الملصقات</translation>
    </message>
    <message>
        <source>Give them barcodes</source>
        <translation>إعطاؤها رموزًا شريطية</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ كـ PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s).</source>
        <translation>
            <numerusform>%n منتج.</numerusform>
            <numerusform>منتج واحد.</numerusform>
            <numerusform>منتجان.</numerusform>
            <numerusform>%n منتجات.</numerusform>
            <numerusform>%n منتجًا.</numerusform>
            <numerusform>%n منتج.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them has a barcode that is not an EAN-13: it is printed as Code 128.</source>
        <translation>
            <numerusform>%n منها لها رمز شريطي ليس EAN-13: يُطبع بصيغة Code 128.</numerusform>
            <numerusform>واحد منها له رمز شريطي ليس EAN-13: يُطبع بصيغة Code 128.</numerusform>
            <numerusform>اثنان منها لهما رمز شريطي ليس EAN-13: يُطبع بصيغة Code 128.</numerusform>
            <numerusform>%n منها لها رمز شريطي ليس EAN-13: يُطبع بصيغة Code 128.</numerusform>
            <numerusform>%n منها لها رمز شريطي ليس EAN-13: يُطبع بصيغة Code 128.</numerusform>
            <numerusform>%n منها لها رمز شريطي ليس EAN-13: يُطبع بصيغة Code 128.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them has no barcode ({names}). They will get an internal EAN-13 starting with 20, used only in this shop, saved to the product so the label scans at the counter.</source>
        <translation>
            <numerusform>%n منها بلا رمز شريطي ({names}). ستحصل على رمز EAN-13 داخلي يبدأ بـ 20، يُستعمل في هذا المتجر فقط، ويُحفظ في المنتج حتى يُمسح الملصق في الصندوق.</numerusform>
            <numerusform>واحد منها بلا رمز شريطي ({names}). سيحصل على رمز EAN-13 داخلي يبدأ بـ 20، يُستعمل في هذا المتجر فقط، ويُحفظ في المنتج حتى يُمسح الملصق في الصندوق.</numerusform>
            <numerusform>اثنان منها بلا رمز شريطي ({names}). سيحصلان على رمز EAN-13 داخلي يبدأ بـ 20، يُستعمل في هذا المتجر فقط، ويُحفظ في المنتج حتى يُمسح الملصق في الصندوق.</numerusform>
            <numerusform>%n منها بلا رمز شريطي ({names}). ستحصل على رمز EAN-13 داخلي يبدأ بـ 20، يُستعمل في هذا المتجر فقط، ويُحفظ في المنتج حتى يُمسح الملصق في الصندوق.</numerusform>
            <numerusform>%n منها بلا رمز شريطي ({names}). ستحصل على رمز EAN-13 داخلي يبدأ بـ 20، يُستعمل في هذا المتجر فقط، ويُحفظ في المنتج حتى يُمسح الملصق في الصندوق.</numerusform>
            <numerusform>%n منها بلا رمز شريطي ({names}). ستحصل على رمز EAN-13 داخلي يبدأ بـ 20، يُستعمل في هذا المتجر فقط، ويُحفظ في المنتج حتى يُمسح الملصق في الصندوق.</numerusform>
        </translation>
    </message>
    <message>
        <source>no barcode yet</source>
        <translation>بلا رمز شريطي بعد</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n ملصق</numerusform>
            <numerusform>ملصق واحد</numerusform>
            <numerusform>ملصقان</numerusform>
            <numerusform>%n ملصقات</numerusform>
            <numerusform>%n ملصقًا</numerusform>
            <numerusform>%n ملصق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n A4 sheet(s) of {per_page} ({size} mm, 3 × 8).</source>
        <translation>
            <numerusform>%n ورقة A4 من {per_page} ({size} مم، 3 × 8).</numerusform>
            <numerusform>ورقة A4 واحدة من {per_page} ({size} مم، 3 × 8).</numerusform>
            <numerusform>ورقتا A4 من {per_page} ({size} مم، 3 × 8).</numerusform>
            <numerusform>%n أوراق A4 من {per_page} ({size} مم، 3 × 8).</numerusform>
            <numerusform>%n ورقة A4 من {per_page} ({size} مم، 3 × 8).</numerusform>
            <numerusform>%n ورقة A4 من {per_page} ({size} مم، 3 × 8).</numerusform>
        </translation>
    </message>
    <message>
        <source>Giving barcodes…</source>
        <translation>جارٍ إعطاء الرموز الشريطية…</translation>
    </message>
    <message numerus="yes">
        <source>%n barcode(s) given: {codes}.</source>
        <translation>
            <numerusform>%n رمز شريطي أُعطي: {codes}.</numerusform>
            <numerusform>رمز شريطي واحد أُعطي: {codes}.</numerusform>
            <numerusform>رمزان شريطيان أُعطيا: {codes}.</numerusform>
            <numerusform>%n رموز شريطية أُعطيت: {codes}.</numerusform>
            <numerusform>%n رمزًا شريطيًا أُعطي: {codes}.</numerusform>
            <numerusform>%n رمز شريطي أُعطي: {codes}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>حفظ الملصقات</translation>
    </message>
    <message>
        <source>Give the products without a barcode theirs first.</source>
        <translation>أعطِ أولًا المنتجات التي بلا رمز شريطي رموزها.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>تم الحفظ: {path}</translation>
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
        <source>Credit note…</source>
        <translation>قسيمة رصيد…</translation>
    </message>
    <message>
        <source>Store credit…</source>
        <translation>رصيد المتجر…</translation>
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
        <source>Discount limits…</source>
        <translation>حدود التخفيض…</translation>
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
        <source>&amp;TikTok settings…</source>
        <translation>إعدادات TikTok (&amp;T)…</translation>
    </message>
    <message>
        <source>TikTok &amp;queue…</source>
        <translation>قائمة انتظار TikTok (&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Hub…</source>
        <translation>خادم المتجر (&amp;H)…</translation>
    </message>
    <message>
        <source>Open &amp;drawer…</source>
        <translation>فتح درج النقود (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Printer…</source>
        <translation>الطابعة (&amp;P)…</translation>
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
        <source>The discount limits need a manager.</source>
        <translation>حدود التخفيض تحتاج إلى المسير.</translation>
    </message>
    <message>
        <source>The store credit settings need a manager.</source>
        <translation>إعدادات رصيد المتجر تتطلب المسير.</translation>
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
    <message>
        <source>Opening the drawer without a sale needs a manager.</source>
        <translation>فتح درج النقود دون بيع يحتاج إلى المسير.</translation>
    </message>
    <message>
        <source>The printer&apos;s settings need a manager.</source>
        <translation>إعدادات الطابعة تحتاج إلى المسير.</translation>
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
    <name>NoReceiptReturnDialog</name>
    <message>
        <source>Return without a receipt</source>
        <translation>إرجاع بدون وصل</translation>
    </message>
    <message>
        <source>Scan what the customer brings back without a receipt. It is given back only as store credit, with the customer&apos;s phone (kept with the return) and a manager&apos;s approval; the return is flagged: no receipt.</source>
        <translation>امسح ما يُرجعه الزبون بدون وصل. لا يُعوَّض إلا برصيد المتجر، مع هاتف الزبون (يُحفظ مع الإرجاع) وموافقة المسير؛ ويُعلَّم الإرجاع: بدون وصل.</translation>
    </message>
    <message>
        <source>Scan or type each item brought back</source>
        <translation>امسح أو اكتب كل منتج مُرجَع</translation>
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
        <source>Required for &apos;Other&apos;</source>
        <translation>إلزامية عند اختيار «سبب آخر»</translation>
    </message>
    <message>
        <source>Attach &amp;photo…</source>
        <translation>إرفاق صورة… (&amp;P)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <source>Required: 06 12 34 56 78</source>
        <translation>إلزامي: 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
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
        <source>&amp;Reason</source>
        <translation>السبب (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>ملاحظة (&amp;N)</translation>
    </message>
    <message>
        <source>Defect photo</source>
        <translation>صورة العيب</translation>
    </message>
    <message>
        <source>Customer&apos;s p&amp;hone</source>
        <translation>هاتف الزبون (&amp;H)</translation>
    </message>
    <message>
        <source>Customer&apos;s na&amp;me</source>
        <translation>اسم الزبون (&amp;M)</translation>
    </message>
    <message>
        <source>Manager &amp;approval… (Enter)</source>
        <translation>موافقة المسير… (&amp;A) (Enter)</translation>
    </message>
    <message>
        <source>{product} added.</source>
        <translation>تمت إضافة {product}.</translation>
    </message>
    <message>
        <source>{product} × {quantity}  ·  now {current}, lowest of 30 days {lowest}</source>
        <translation>{product} × {quantity}  ·  الآن {current}، الأدنى خلال 30 يومًا {lowest}</translation>
    </message>
    <message>
        <source>{name} ({size} KB)</source>
        <translation>{name} ({size} ك.ب)</translation>
    </message>
    <message>
        <source>Customer receives {amount} as store credit</source>
        <translation>يحصل الزبون على {amount} رصيدًا في المتجر</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>{amount} as store credit; the return is flagged: no receipt.</source>
        <translation>{amount} رصيدًا في المتجر؛ ويُعلَّم الإرجاع: بدون وصل.</translation>
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
    <name>ParkedDialog</name>
    <message>
        <source>Parked carts</source>
        <translation>السلال المعلقة</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>عُلّقت</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>البائع</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>القطع</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): {items}</source>
        <translation>
            <numerusform>%n قطعة: {items}</numerusform>
            <numerusform>قطعة واحدة: {items}</numerusform>
            <numerusform>قطعتان: {items}</numerusform>
            <numerusform>%n قطع: {items}</numerusform>
            <numerusform>%n قطعة: {items}</numerusform>
            <numerusform>%n قطعة: {items}</numerusform>
        </translation>
    </message>
    <message>
        <source>↑ ↓ pick a cart, Enter brings it back at today&apos;s prices, Esc closes.</source>
        <translation>↑ ↓ اختر سلة، Enter يعيدها بأسعار اليوم، Esc يغلق.</translation>
    </message>
</context>
<context>
    <name>ParkedPanel</name>
    <message>
        <source>Carts still parked</source>
        <translation>سلال ما زالت معلقة</translation>
    </message>
    <message>
        <source>&amp;Void the parked carts…</source>
        <translation>إلغاء السلال المعلقة… (&amp;V)</translation>
    </message>
    <message>
        <source>{when} · {clerk} · {items} · {total}</source>
        <translation>{when} · {clerk} · {items} · {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n قطعة</numerusform>
            <numerusform>قطعة واحدة</numerusform>
            <numerusform>قطعتان</numerusform>
            <numerusform>%n قطع</numerusform>
            <numerusform>%n قطعة</numerusform>
            <numerusform>%n قطعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Void %n parked cart(s) ({total})? They cannot be recalled afterwards.</source>
        <translation>
            <numerusform>إلغاء %n سلة معلقة ({total})؟ لن يمكن استرجاعها بعد ذلك.</numerusform>
            <numerusform>إلغاء سلة معلقة واحدة ({total})؟ لن يمكن استرجاعها بعد ذلك.</numerusform>
            <numerusform>إلغاء سلتين معلقتين ({total})؟ لن يمكن استرجاعهما بعد ذلك.</numerusform>
            <numerusform>إلغاء %n سلال معلقة ({total})؟ لن يمكن استرجاعها بعد ذلك.</numerusform>
            <numerusform>إلغاء %n سلة معلقة ({total})؟ لن يمكن استرجاعها بعد ذلك.</numerusform>
            <numerusform>إلغاء %n سلة معلقة ({total})؟ لن يمكن استرجاعها بعد ذلك.</numerusform>
        </translation>
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
        <translation>سُلِّم {given} مقابل {total}: سيكون الباقي {change}، هل المبلغ صحيح؟</translation>
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
        <source>&amp;Waive the change-of-mind deduction when the refund is taken as store credit</source>
        <translation>إلغاء خصم تغيير الرأي عندما يؤخذ الاسترجاع رصيدًا في المتجر (&amp;W)</translation>
    </message>
    <message>
        <source>the lowest price of the last 30 days</source>
        <translation>أدنى ثمن خلال آخر 30 يومًا</translation>
    </message>
    <message>
        <source>the current price</source>
        <translation>الثمن الحالي</translation>
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
    <message>
        <source>Without a receipt, store credit &amp;at</source>
        <translation>بدون وصل، رصيد المتجر بـ (&amp;A)</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>إضافة منتج</translation>
    </message>
    <message>
        <source>Scan it, or leave empty: labels can give one later</source>
        <translation>امسحه، أو اتركه فارغًا: يمكن إعطاؤه رمزًا لاحقًا عند طباعة الملصقات</translation>
    </message>
    <message>
        <source>Active: sold at the counter</source>
        <translation>نشط: يُباع في الصندوق</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الرمز الشريطي</translation>
    </message>
    <message>
        <source>Price (MAD)</source>
        <translation>الثمن (MAD)</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>المخزون الأولي</translation>
    </message>
    <message>
        <source>{stock}  ·  change it with Receive goods or Adjust stock</source>
        <translation>{stock}  ·  يُغيَّر عبر استلام البضاعة أو تعديل المخزون</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Price: {error}</source>
        <translation>الثمن: {error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>تمت إضافة {name}.</translation>
    </message>
    <message>
        <source>{name} saved: price {old} → {new} (the change is in the audit log).</source>
        <translation>تم حفظ {name}: الثمن {old} ← {new} (التغيير مسجل في سجل المراقبة).</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>تم حفظ {name}.</translation>
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
    <name>ProductsScreen</name>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Search by name, SKU or barcode  (Ctrl+F)</source>
        <translation>البحث بالاسم أو SKU أو الرمز الشريطي  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>كل المجموعات</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>عرض غير النشطة</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الرمز الشريطي</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>الثمن</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Receive goods…</source>
        <translation>استلام البضاعة…</translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation>تعديل المخزون…</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>سجل المخزون</translation>
    </message>
    <message>
        <source>Print barcode labels…</source>
        <translation>طباعة ملصقات الرمز الشريطي…</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>المجموعات…</translation>
    </message>
    <message>
        <source>Promotions…</source>
        <translation>العروض…</translation>
    </message>
    <message>
        <source>Import products…</source>
        <translation>استيراد المنتجات…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>The products could not be read.</source>
        <translation>تعذّرت قراءة المنتجات.</translation>
    </message>
    <message>
        <source>No product matches &apos;{text}&apos;.</source>
        <translation>لا يوجد منتج يطابق «{text}».</translation>
    </message>
    <message>
        <source>No product here yet.</source>
        <translation>لا توجد منتجات بعد.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total}: type part of a name or SKU to find the others.</source>
        <translation>عرض أول {shown} من أصل {total}: اكتب جزءًا من اسم أو SKU للعثور على الباقي.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s).</source>
        <translation>
            <numerusform>%n منتج.</numerusform>
            <numerusform>منتج واحد.</numerusform>
            <numerusform>منتجان.</numerusform>
            <numerusform>%n منتجات.</numerusform>
            <numerusform>%n منتجًا.</numerusform>
            <numerusform>%n منتج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <source>Select one product first.</source>
        <translation>اختر منتجًا واحدًا أولًا.</translation>
    </message>
    <message>
        <source>{name} is active again: it scans at the counter.</source>
        <translation>{name} نشط من جديد: يُمسح في الصندوق.</translation>
    </message>
    <message>
        <source>{name} is deactivated: it no longer scans at the counter.</source>
        <translation>تم إيقاف {name}: لم يعد يُمسح في الصندوق.</translation>
    </message>
    <message>
        <source>Select the products to label first.</source>
        <translation>اختر أولًا المنتجات المراد طباعة ملصقاتها.</translation>
    </message>
</context>
<context>
    <name>PromotionsDialog</name>
    <message>
        <source>Promotions</source>
        <translation>العروض</translation>
    </message>
    <message>
        <source>Show ended promotions</source>
        <translation>عرض العروض المنتهية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>التخفيض</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>ينطبق على</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>New promotion</source>
        <translation>عرض جديد</translation>
    </message>
    <message>
        <source>Shown on the receipt, e.g. Summer -20%</source>
        <translation>يظهر في الوصل، مثلًا: صيف -20%</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>نسبة التخفيض</translation>
    </message>
    <message>
        <source>Amount off (MAD)</source>
        <translation>مبلغ التخفيض (MAD)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>منتج</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>SKU or barcode</source>
        <translation>SKU أو الرمز الشريطي</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>End promotion</source>
        <translation>إنهاء العرض</translation>
    </message>
    <message>
        <source>Save promotion</source>
        <translation>حفظ العرض</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Product: {product}</source>
        <translation>منتج: {product}</translation>
    </message>
    <message>
        <source>Collection: {collection}</source>
        <translation>مجموعة: {collection}</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>بلا نهاية</translation>
    </message>
    <message>
        <source>Edit: {name}</source>
        <translation>تعديل: {name}</translation>
    </message>
    <message>
        <source>No product with this SKU or barcode.</source>
        <translation>لا يوجد منتج بهذا SKU أو الرمز الشريطي.</translation>
    </message>
    <message>
        <source>Type the SKU or barcode of a product in the catalog.</source>
        <translation>اكتب SKU أو الرمز الشريطي لمنتج في الكتالوج.</translation>
    </message>
    <message>
        <source>Promotion &apos;{name}&apos; saved.</source>
        <translation>تم حفظ العرض «{name}».</translation>
    </message>
    <message>
        <source>Select the promotion to end.</source>
        <translation>اختر العرض المراد إنهاؤه.</translation>
    </message>
    <message>
        <source>Promotion &apos;{name}&apos; no longer applies from today.</source>
        <translation>العرض «{name}» لم يعد ساريًا ابتداءً من اليوم.</translation>
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
        <source>Gift receipt (Ctrl+G)</source>
        <translation>وصل هدية (Ctrl+G)</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>تم (Enter)</translation>
    </message>
    <message>
        <source>Printing the receipt…</source>
        <translation>جارٍ طبع الوصل…</translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation>جارٍ فتح درج النقود…</translation>
    </message>
    <message>
        <source>{trouble} Print (Ctrl+P) to try again.</source>
        <translation>{trouble} اطبع (Ctrl+P) لإعادة المحاولة.</translation>
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
    <message>
        <source>Gift receipt {number}</source>
        <translation>وصل هدية {number}</translation>
    </message>
</context>
<context>
    <name>ReceiveGoodsDialog</name>
    <message>
        <source>Receive goods</source>
        <translation>استلام البضاعة</translation>
    </message>
    <message>
        <source>Supplier, delivery note number…</source>
        <translation>المورّد، رقم وصل التسليم…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>الكمية المستلمة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Stock after</source>
        <translation>المخزون بعد</translation>
    </message>
    <message>
        <source>Received {quantity} × {name}.</source>
        <translation>تم استلام {quantity} × {name}.</translation>
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
        <source>Required for &apos;Other&apos;</source>
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
        <source>&amp;Give it as store credit (a credit note)</source>
        <translation>رصيدًا في المتجر (قسيمة رصيد) (&amp;G)</translation>
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
        <source>Looking {number} up at this shop&apos;s tills…</source>
        <translation>جارٍ البحث عن {number} في صناديق المتجر…</translation>
    </message>
    <message>
        <source>No sale has the order number &apos;{number}&apos;. Check the receipt.</source>
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
        <source>Gift receipt of sale {number}: exchange or store credit only, no cash or card refund.</source>
        <translation>وصل هدية للبيع {number}: استبدال أو رصيد المتجر فقط، دون استرجاع المبلغ نقدًا أو على البطاقة البنكية.</translation>
    </message>
    <message>
        <source>&lt;b&gt;gift receipt&lt;/b&gt;: exchange or store credit only</source>
        <translation>&lt;b&gt;وصل هدية&lt;/b&gt;: استبدال أو رصيد المتجر فقط</translation>
    </message>
    <message>
        <source>Sale {number} found.</source>
        <translation>تم العثور على البيع {number}.</translation>
    </message>
    <message>
        <source>No receipt… (F7)</source>
        <translation>بدون وصل… (F7)</translation>
    </message>
    <message>
        <source>{number} recorded: store credit on credit note {code}.</source>
        <translation>تم تسجيل {number}: رصيد المتجر على قسيمة الرصيد {code}.</translation>
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
        <source>As the sale was paid (store credit)</source>
        <translation>كما دُفع البيع (رصيد المتجر)</translation>
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
        <source>by a credit note</source>
        <translation>بقسيمة رصيد</translation>
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
        <source>The policy&apos;s decision</source>
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
        <source>Returned value {value} · deduction {deduction} · as a credit note</source>
        <translation>القيمة المُرجعة {value} · الخصم {deduction} · في قسيمة رصيد</translation>
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
        <source>Credit {credit} · new items {new_items} · paid by card</source>
        <translation>الرصيد {credit} · المنتجات الجديدة {new_items} · يُدفع بالبطاقة البنكية</translation>
    </message>
    <message>
        <source>Credit {credit} · new items {new_items} · the rest as a credit note</source>
        <translation>الرصيد {credit} · المنتجات الجديدة {new_items} · الباقي في قسيمة رصيد</translation>
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
        <source>{number} recorded. Credit note {code}: give the customer its printed receipt.</source>
        <translation>تم تسجيل {number}. قسيمة الرصيد {code}: سلّم الزبون وصلها المطبوع.</translation>
    </message>
    <message>
        <source>{number} recorded.</source>
        <translation>تم تسجيل {number}.</translation>
    </message>
    <message>
        <source>{number} is recorded, but its receipt did not print: {trouble}</source>
        <translation>تم تسجيل {number}، لكن وصله لم يُطبع: {trouble}</translation>
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
    <message>
        <source>This return&apos;s sale has no customer&apos;s phone.</source>
        <translation>بيع هذا الإرجاع ليس فيه هاتف زبون.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Scan, or type a SKU or a name, then Enter  (F2)</source>
        <translation>امسح أو اكتب SKU أو الاسم ثم Enter  (F2)</translation>
    </message>
    <message>
        <source>Quantity… (F3)</source>
        <translation>الكمية… (F3)</translation>
    </message>
    <message>
        <source>Discount… (F5)</source>
        <translation>تخفيض… (F5)</translation>
    </message>
    <message>
        <source>Discount on the sale… (Shift+F5)</source>
        <translation>تخفيض على البيع… (Shift+F5)</translation>
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
        <source>Split payment…  (F7)</source>
        <translation>دفع مقسم…  (F7)</translation>
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
        <source>Discounts</source>
        <translation>التخفيضات</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Your sale is back: {sale}.</source>
        <translation>استُعيد بيعك الجاري: {sale}.</translation>
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
        <source>The whole sale: {total}</source>
        <translation>البيع كله: {total}</translation>
    </message>
    <message>
        <source>No discount given: it needs a manager&apos;s approval.</source>
        <translation>لم يُمنح أي تخفيض: يلزم موافقة المسير.</translation>
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
        <source>No receipt to print yet.</source>
        <translation>لا يوجد وصل للطباعة بعد.</translation>
    </message>
    <message>
        <source>Printing the receipt of sale {number}…</source>
        <translation>جارٍ طبع وصل البيع {number}…</translation>
    </message>
    <message>
        <source>Sale {number} is saved, but its receipt did not print: {trouble} Ctrl+P prints it again.</source>
        <translation>تم حفظ البيع {number}، لكن وصله لم يُطبع: {trouble} اضغط Ctrl+P لإعادة طباعته.</translation>
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
    <message numerus="yes">
        <source>Store credit: %n credit note(s) issued ({issued}) · outstanding {outstanding}</source>
        <translation>
            <numerusform>رصيد المتجر: %n قسيمة رصيد ممنوحة ({issued}) · المتبقي {outstanding}</numerusform>
            <numerusform>رصيد المتجر: قسيمة رصيد واحدة ممنوحة ({issued}) · المتبقي {outstanding}</numerusform>
            <numerusform>رصيد المتجر: قسيمتا رصيد ممنوحتان ({issued}) · المتبقي {outstanding}</numerusform>
            <numerusform>رصيد المتجر: %n قسائم رصيد ممنوحة ({issued}) · المتبقي {outstanding}</numerusform>
            <numerusform>رصيد المتجر: %n قسيمة رصيد ممنوحة ({issued}) · المتبقي {outstanding}</numerusform>
            <numerusform>رصيد المتجر: %n قسيمة رصيد ممنوحة ({issued}) · المتبقي {outstanding}</numerusform>
        </translation>
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
    <name>SplitPaymentDialog</name>
    <message>
        <source>Split payment</source>
        <translation>دفع مقسم</translation>
    </message>
    <message>
        <source>Scan or type the code, then Enter</source>
        <translation>امسح الرمز أو اكتبه، ثم Enter</translation>
    </message>
    <message>
        <source>Credit &amp;note</source>
        <translation>قسيمة رصيد (&amp;N)</translation>
    </message>
    <message>
        <source>Empty: the exact amount</source>
        <translation>فارغ: المبلغ بالضبط</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>البطاقة البنكية (&amp;C)</translation>
    </message>
    <message>
        <source>Cash &amp;tendered</source>
        <translation>النقود المسلَّمة (&amp;T)</translation>
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
        <source>Left to pay in cash</source>
        <translation>المتبقي للدفع نقدًا</translation>
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
        <source>Credit note {code} is already on this payment.</source>
        <translation>قسيمة الرصيد {code} مضافة إلى هذا الدفع من قبل.</translation>
    </message>
    <message>
        <source>Looking up {code}…</source>
        <translation>جارٍ البحث عن {code}…</translation>
    </message>
    <message>
        <source>Paid by this note</source>
        <translation>المدفوع بهذه القسيمة</translation>
    </message>
    <message>
        <source>Credit note {code} added: change its amount to keep more on it, 0 to take it off.</source>
        <translation>أضيفت قسيمة الرصيد {code}: غيّر مبلغها لإبقاء المزيد عليها، أو 0 لإزالتها.</translation>
    </message>
    <message>
        <source>{code}: {balance} left, never expires</source>
        <translation>{code}: الرصيد المتبقي {balance}، لا تنتهي صلاحيتها</translation>
    </message>
    <message>
        <source>{code}: {balance} left, expires on {day}</source>
        <translation>{code}: الرصيد المتبقي {balance}، تنتهي صلاحيتها في {day}</translation>
    </message>
    <message>
        <source>Type an amount, like 150 or 49,50.</source>
        <translation>اكتب مبلغًا، مثل 150 أو 49,50.</translation>
    </message>
    <message>
        <source>It adds up: Enter completes the sale.</source>
        <translation>الحساب صحيح: Enter يتمّ البيع.</translation>
    </message>
    <message>
        <source>Check the amount</source>
        <translation>تحقق من المبلغ</translation>
    </message>
    <message>
        <source>{given} given for {left} left to pay in cash: the change would be {change}. Is the amount right?</source>
        <translation>سُلِّم {given} مقابل {left} المتبقية للدفع نقدًا: سيكون الباقي {change}، هل المبلغ صحيح؟</translation>
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
    <name>StockHistoryDialog</name>
    <message>
        <source>Stock history · {name}</source>
        <translation>سجل المخزون · {name}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s), oldest first. Stock now: {balance}.</source>
        <translation>
            <numerusform>%n حركة، من الأقدم إلى الأحدث. المخزون الحالي: {balance}.</numerusform>
            <numerusform>حركة واحدة، من الأقدم إلى الأحدث. المخزون الحالي: {balance}.</numerusform>
            <numerusform>حركتان، من الأقدم إلى الأحدث. المخزون الحالي: {balance}.</numerusform>
            <numerusform>%n حركات، من الأقدم إلى الأحدث. المخزون الحالي: {balance}.</numerusform>
            <numerusform>%n حركة، من الأقدم إلى الأحدث. المخزون الحالي: {balance}.</numerusform>
            <numerusform>%n حركة، من الأقدم إلى الأحدث. المخزون الحالي: {balance}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The products list showed {stock}: it changed since, or was set before movements were kept.</source>
        <translation>كانت قائمة المنتجات تعرض {stock}: تغيّر منذ ذلك الحين، أو حُدّد قبل تسجيل الحركات.</translation>
    </message>
    <message>
        <source>No movement recorded yet. Stock now: {stock}.</source>
        <translation>لم تُسجَّل أي حركة بعد. المخزون الحالي: {stock}.</translation>
    </message>
</context>
<context>
    <name>StoreCreditSettingsDialog</name>
    <message>
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <source>Credit notes &amp;never expire</source>
        <translation>قسائم الرصيد لا تنتهي صلاحيتها أبدًا (&amp;N)</translation>
    </message>
    <message>
        <source>A new credit note lasts (&amp;days)</source>
        <translation>مدة قسيمة الرصيد الجديدة (بالأيام) (&amp;D)</translation>
    </message>
    <message>
        <source>Notes already given keep the last day printed on them.</source>
        <translation>القسائم الممنوحة من قبل تحتفظ بتاريخ انتهاء الصلاحية المطبوع عليها.</translation>
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
    <message numerus="yes">
        <source>Not sent, no contact details: %n sale(s)</source>
        <translation>
            <numerusform>لم يُرسل، بدون بيانات اتصال الزبون: %n عملية بيع</numerusform>
            <numerusform>لم يُرسل، بدون بيانات اتصال الزبون: عملية بيع واحدة</numerusform>
            <numerusform>لم يُرسل، بدون بيانات اتصال الزبون: عمليتا بيع</numerusform>
            <numerusform>لم يُرسل، بدون بيانات اتصال الزبون: %n عمليات بيع</numerusform>
            <numerusform>لم يُرسل، بدون بيانات اتصال الزبون: %n عملية بيع</numerusform>
            <numerusform>لم يُرسل، بدون بيانات اتصال الزبون: %n عملية بيع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent ({reason}): %n sale(s)</source>
        <translation>
            <numerusform>لم يُرسل ({reason}): %n عملية بيع</numerusform>
            <numerusform>لم يُرسل ({reason}): عملية بيع واحدة</numerusform>
            <numerusform>لم يُرسل ({reason}): عمليتا بيع</numerusform>
            <numerusform>لم يُرسل ({reason}): %n عمليات بيع</numerusform>
            <numerusform>لم يُرسل ({reason}): %n عملية بيع</numerusform>
            <numerusform>لم يُرسل ({reason}): %n عملية بيع</numerusform>
        </translation>
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
        <source>&amp;Web: your website&apos;s TikTok pixel</source>
        <translation>الويب: بكسل TikTok لموقعكم (&amp;W)</translation>
    </message>
    <message>
        <source>Sales are sent to an offline event set created in TikTok Events Manager, without page or browser data; it matches a sale to a customer only by their hashed email or phone: pick it for sales made at the counter.</source>
        <translation>تُرسل المبيعات إلى مجموعة أحداث دون اتصال أُنشئت في مدير أحداث TikTok، بلا صفحة ولا بيانات متصفح؛ ولا تربط البيع بالزبون إلا ببريده الإلكتروني أو هاتفه المُجزَّأ: اختره للمبيعات التي تتم في الصندوق.</translation>
    </message>
    <message>
        <source>Pixel code, e.g. COQDA8RC77U2TMR44LI0</source>
        <translation>رمز البكسل، مثلًا COQDA8RC77U2TMR44LI0</translation>
    </message>
    <message>
        <source>https://your-shop.example/</source>
        <translation>https://example.ma/</translation>
    </message>
    <message>
        <source>Counter sales are sent to TikTok as conversion events. Customer email and phone leave this computer only hashed.</source>
        <translation>تُرسل مبيعات الصندوق إلى TikTok كأحداث تحويل. لا يغادر بريد الزبون الإلكتروني وهاتفه هذا الحاسوب إلا مُجزَّأين (hash).</translation>
    </message>
    <message>
        <source>&amp;Send counter events to TikTok</source>
        <translation>إرسال أحداث الصندوق إلى TikTok (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;In-store: offline event set</source>
        <translation>في المتجر: مجموعة أحداث دون اتصال (&amp;I)</translation>
    </message>
    <message>
        <source>Sales are sent as events of your website&apos;s pixel, with its page address: pick it if your TikTok ads measure on your pixel.</source>
        <translation>تُرسل المبيعات كأحداث لبكسل موقعك، مع عنوان صفحته: اختره إذا كانت إعلاناتك على TikTok تقيس النتائج ببكسلك.</translation>
    </message>
    <message>
        <source>Page &amp;URL</source>
        <translation>عنوان الصفحة (&amp;U)</translation>
    </message>
    <message>
        <source>Purchase: TikTok&apos;s standard event for a completed purchase since 2025, the one offline event sets take. PlaceAnOrder: the seeds&apos; event, supported until 2027.</source>
        <translation>الحدث Purchase هو حدث TikTok القياسي لعملية شراء مكتملة منذ 2025، وهو الذي تقبله مجموعات الأحداث دون اتصال. أما PlaceAnOrder فهو حدث البداية، مدعوم حتى 2027.</translation>
    </message>
    <message>
        <source>Send sales without c&amp;ontact details</source>
        <translation>إرسال المبيعات بدون بيانات اتصال الزبون (&amp;O)</translation>
    </message>
    <message>
        <source>Only while testing, e.g. TEST12345</source>
        <translation>أثناء التجربة فقط، مثلًا TEST12345</translation>
    </message>
    <message>
        <source>S&amp;hop id</source>
        <translation>معرّف المتجر (&amp;H)</translation>
    </message>
    <message>
        <source>Sale&apos;s &amp;event</source>
        <translation>حدث البيع (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Test event code</source>
        <translation>رمز حدث التجربة (&amp;T)</translation>
    </message>
    <message>
        <source>Maximum event a&amp;ge (days)</source>
        <translation>أقصى عمر للأحداث بالأيام (&amp;G)</translation>
    </message>
    <message>
        <source>Access to&amp;ken</source>
        <translation>رمز الوصول (&amp;K)</translation>
    </message>
    <message>
        <source>A new channel or sale&apos;s event applies to the sales made after you save; events already in the queue are sent as they were queued.</source>
        <translation>تُطبَّق القناة الجديدة أو حدث البيع الجديد على المبيعات التي تتم بعد الحفظ؛ أما الأحداث الموجودة في قائمة الانتظار فتُرسل كما وُضعت فيها.</translation>
    </message>
    <message>
        <source>C&amp;lear token</source>
        <translation>مسح الرمز (&amp;L)</translation>
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
        <source>Event set I&amp;D</source>
        <translation>معرّف مجموعة الأحداث (&amp;D)</translation>
    </message>
    <message>
        <source>The offline event set&apos;s id in Events Manager, e.g. 7301234567890123456</source>
        <translation>معرّف مجموعة الأحداث دون اتصال في مدير الأحداث، مثلًا 7301234567890123456</translation>
    </message>
    <message>
        <source>Pixel co&amp;de</source>
        <translation>رمز البكسل (&amp;D)</translation>
    </message>
    <message>
        <source>This till is attached to its hub: the shop id is the hub&apos;s shop code.</source>
        <translation>هذا الصندوق مربوط بخادم المتجر: معرّف المتجر هو رمزه على الخادم.</translation>
    </message>
    <message>
        <source>Sent with in-store sales to say which shop made them (once the till is attached to a hub, the hub&apos;s shop code).</source>
        <translation>يُرسل مع مبيعات المتجر ليُعرف المتجر الذي قام بها (بعد ربط الصندوق بخادم المتجر، يصبح رمز المتجر على الخادم).</translation>
    </message>
    <message>
        <source>By default on for the web pixel: TikTok can still count a sale without an email or phone.</source>
        <translation>مفعّل افتراضيًا لبكسل الويب: يمكن لـ TikTok احتساب البيع حتى بدون بريد إلكتروني أو هاتف.</translation>
    </message>
    <message>
        <source>By default off in-store: an offline event set matches a sale only by the customer&apos;s email or phone; the queue counts those not sent.</source>
        <translation>غير مفعّل افتراضيًا في المتجر: لا تطابق مجموعة الأحداث دون اتصال البيع إلا ببريد الزبون الإلكتروني أو هاتفه؛ وتحصي قائمة الانتظار المبيعات التي لم تُرسل.</translation>
    </message>
    <message>
        <source>You changed it for this shop.</source>
        <translation>لقد غيّرته لهذا المتجر.</translation>
    </message>
    <message>
        <source>The event set ID is required: copy it from the offline event set in TikTok Events Manager.</source>
        <translation>معرّف مجموعة الأحداث مطلوب: انسخه من مجموعة الأحداث دون اتصال في مدير أحداث TikTok.</translation>
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
    <name>UnverifiedReturnDialog</name>
    <message>
        <source>Return of a sale not verified</source>
        <translation>إرجاع بيع غير مُتحقَّق منه</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; is not known at this till and the hub does not answer. Scan what the customer brings back. The refund is the catalog&apos;s price unless the manager types the price paid; a manager approves, and the return is flagged: sale not verified.</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; غير معروف في هذا الصندوق وخادم المتجر لا يجيب. امسح ما يُرجعه الزبون. يُسترجع المبلغ بثمن الكتالوج ما لم يكتب المسير الثمن المدفوع؛ يوافق المسير، ويُعلَّم الإرجاع: بيع غير مُتحقَّق منه.</translation>
    </message>
    <message>
        <source>Scan or type each item brought back</source>
        <translation>امسح أو اكتب كل منتج مُرجَع</translation>
    </message>
    <message>
        <source>the price paid for the item picked, if not the catalog&apos;s</source>
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
        <source>Required for &apos;Other&apos;</source>
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
        <source>Cash drawer</source>
        <translation>درج النقود</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المسير</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Opened by a manager:</source>
        <translation>فتحه المسير:</translation>
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
        <translation>المبالغ المسترجعة للمرتجعات: {refunds}</translation>
    </message>
    <message>
        <source>Store credit: notes issued this day {issued} ({count}); outstanding at the day&apos;s end {outstanding}.</source>
        <translation>رصيد المتجر: القسائم الممنوحة هذا اليوم {issued} ({count})؛ المتبقي في نهاية اليوم {outstanding}.</translation>
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
<context>
    <name>hub_dialog</name>
    <message>
        <source>This till stands alone: it has no hub. To attach it to its shop&apos;s hub, run {command}.</source>
        <translation>هذا الصندوق مستقل: ليس له خادم متجر. لربطه بخادم متجره، شغّل {command}.</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الرمز الشريطي</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>الثمن</translation>
    </message>
    <message>
        <source>Compare-at price</source>
        <translation>الثمن قبل التخفيض</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Shopify product export</source>
        <translation>تصدير منتجات Shopify</translation>
    </message>
    <message>
        <source>Product CSV (match its columns below)</source>
        <translation>ملف CSV للمنتجات (طابق أعمدته أدناه)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Was (compare-at)</source>
        <translation>قبل (الثمن قبل التخفيض)</translation>
    </message>
</context>
<context>
    <name>parked</name>
    <message>
        <source>Cart parked: {what} ({total}). Shift+F6 brings it back.</source>
        <translation>عُلّقت السلة: {what} ({total}). Shift+F6 يعيدها.</translation>
    </message>
    <message>
        <source>No cart is parked.</source>
        <translation>لا توجد سلة معلقة.</translation>
    </message>
</context>
<context>
    <name>promotions_dialog</name>
    <message>
        <source>Ended</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>Starts {date}</source>
        <translation>يبدأ في {date}</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>جارٍ</translation>
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
    <message>
        <source>No receipt</source>
        <translation>بدون وصل</translation>
    </message>
</context>
<context>
    <name>stock_dialogs</name>
    <message>
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>جرد المخزون</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>بضاعة مستلمة</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>بيع</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>Written off (returned defective)</source>
        <translation>مُسقط من المخزون (إرجاع معيب)</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>المخزون الأولي</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>SKU {sku}  ·  {stock} in stock now</source>
        <translation>{stock} في المخزون حاليًا  ·  SKU {sku}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
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
        <source>Not sent</source>
        <translation>لم يُرسل</translation>
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
<context>
    <name>till printer</name>
    <message>
        <source>The drawer did not open: a manager opens it (Manager → Open drawer…).</source>
        <translation>لم يُفتح درج النقود: يفتحه المسير (المسير ← فتح درج النقود…).</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>تمت الطباعة.</translation>
    </message>
    <message>
        <source>The drawer is open.</source>
        <translation>درج النقود مفتوح.</translation>
    </message>
    <message>
        <source>The paper is running low.</source>
        <translation>لفافة الورق أوشكت على النفاد.</translation>
    </message>
    <message>
        <source>The printer could not be used ({kind}: {error}).</source>
        <translation>تعذر استعمال الطابعة ({kind}: {error}).</translation>
    </message>
</context>
</TS>

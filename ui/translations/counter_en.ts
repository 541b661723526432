<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CashPanel</name>
    <message numerus="yes">
        <source>Cash drawer: opened %n time(s).</source>
        <translation>
            <numerusform>Cash drawer: opened %n time.</numerusform>
            <numerusform>Cash drawer: opened %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message numerus="yes">
        <source>{first} to {last}: %n return(s), {returned} returned of {sold} sold.</source>
        <translation>
            <numerusform>{first} to {last}: %n return, {returned} returned of {sold} sold.</numerusform>
            <numerusform>{first} to {last}: %n returns, {returned} returned of {sold} sold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last}: %n return(s), {returned} returned of {sold} sold ({rate} of the value sold).</source>
        <translation>
            <numerusform>{first} to {last}: %n return, {returned} returned of {sold} sold ({rate} of the value sold).</numerusform>
            <numerusform>{first} to {last}: %n returns, {returned} returned of {sold} sold ({rate} of the value sold).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message numerus="yes">
        <source>{name}  ·  %n product(s)</source>
        <translation>
            <numerusform>{name}  ·  %n product</numerusform>
            <numerusform>{name}  ·  %n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerHistoryDialog</name>
    <message numerus="yes">
        <source>%n purchase(s), {spent} in all</source>
        <translation>
            <numerusform>%n purchase, {spent} in all</numerusform>
            <numerusform>%n purchases, {spent} in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n return(s), {refunded} given back</source>
        <translation>
            <numerusform>%n return, {refunded} given back</numerusform>
            <numerusform>%n returns, {refunded} given back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase {who}? Their name, phone and email leave %n sale(s) here and on the hub, their parked carts and the TikTok events not yet sent. The sales stay, with their totals, without a customer. This cannot be undone.</source>
        <translation>
            <numerusform>Erase {who}? Their name, phone and email leave %n sale here and on the hub, their parked carts and the TikTok events not yet sent. The sale stays, with its total, without a customer. This cannot be undone.</numerusform>
            <numerusform>Erase {who}? Their name, phone and email leave %n sales here and on the hub, their parked carts and the TikTok events not yet sent. The sales stay, with their totals, without a customer. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer erased: %n sale(s) kept without a customer.</source>
        <translation>
            <numerusform>Customer erased: %n sale kept without a customer.</numerusform>
            <numerusform>Customer erased: %n sales kept without a customer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message numerus="yes">
        <source>%n parked cart(s) voided.</source>
        <translation>
            <numerusform>%n parked cart voided.</numerusform>
            <numerusform>%n parked carts voided.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>{kind} · %n line(s) · read once the columns marked in red are chosen.</source>
        <translation>
            <numerusform>{kind} · %n line · read once the columns marked in red are chosen.</numerusform>
            <numerusform>{kind} · %n lines · read once the columns marked in red are chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): those lines are skipped, the others are imported.</source>
        <translation>
            <numerusform>%n problem: that line is skipped, the others are imported.</numerusform>
            <numerusform>%n problems: those lines are skipped, the others are imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n line(s) · {found}</source>
        <translation>
            <numerusform>{kind} · %n line · {found}</numerusform>
            <numerusform>{kind} · %n lines · {found}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message numerus="yes">
        <source>%n product(s).</source>
        <translation>
            <numerusform>%n product.</numerusform>
            <numerusform>%n products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them has a barcode that is not an EAN-13: it is printed as Code 128.</source>
        <translation>
            <numerusform>%n of them has a barcode that is not an EAN-13: it is printed as Code 128.</numerusform>
            <numerusform>%n of them have a barcode that is not an EAN-13: it is printed as Code 128.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them has no barcode ({names}). They will get an internal EAN-13 starting with 20, used only in this shop, saved to the product so the label scans at the counter.</source>
        <translation>
            <numerusform>%n of them has no barcode ({names}). It will get an internal EAN-13 starting with 20, used only in this shop, saved to the product so the label scans at the counter.</numerusform>
            <numerusform>%n of them have no barcode ({names}). They will get an internal EAN-13 starting with 20, used only in this shop, saved to the product so the label scans at the counter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n A4 sheet(s) of {per_page} ({size} mm, 3 × 8).</source>
        <translation>
            <numerusform>%n A4 sheet of {per_page} ({size} mm, 3 × 8).</numerusform>
            <numerusform>%n A4 sheets of {per_page} ({size} mm, 3 × 8).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n barcode(s) given: {codes}.</source>
        <translation>
            <numerusform>%n barcode given: {codes}.</numerusform>
            <numerusform>%n barcodes given: {codes}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message numerus="yes">
        <source>%n item(s): {items}</source>
        <translation>
            <numerusform>%n item: {items}</numerusform>
            <numerusform>%n items: {items}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParkedPanel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Void %n parked cart(s) ({total})? They cannot be recalled afterwards.</source>
        <translation>
            <numerusform>Void %n parked cart ({total})? It cannot be recalled afterwards.</numerusform>
            <numerusform>Void %n parked carts ({total})? They cannot be recalled afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message numerus="yes">
        <source>%n product(s).</source>
        <translation>
            <numerusform>%n product.</numerusform>
            <numerusform>%n products.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnScreen</name>
    <message numerus="yes">
        <source>%n sale(s) found: pick one and press Enter.</source>
        <translation>
            <numerusform>%n sale found: pick it and press Enter.</numerusform>
            <numerusform>%n sales found: pick one and press Enter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnsReviewDialog</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n return(s) at every till of the shop.</source>
        <translation>
            <numerusform>{day}: %n return at every till of the shop.</numerusform>
            <numerusform>{day}: %n returns at every till of the shop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n return(s).</source>
        <translation>
            <numerusform>{day}: %n return.</numerusform>
            <numerusform>{day}: %n returns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message numerus="yes">
        <source>Store credit: %n credit note(s) issued ({issued}) · outstanding {outstanding}</source>
        <translation>
            <numerusform>Store credit: %n credit note issued ({issued}) · outstanding {outstanding}</numerusform>
            <numerusform>Store credit: %n credit notes issued ({issued}) · outstanding {outstanding}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TikTok: %n event(s) of this day still waiting, {failed} failed (see Manager → TikTok queue).</source>
        <translation>
            <numerusform>TikTok: %n event of this day still waiting, {failed} failed (see Manager → TikTok queue).</numerusform>
            <numerusform>TikTok: %n events of this day still waiting, {failed} failed (see Manager → TikTok queue).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TikTok: %n event(s) of this day still waiting to be sent.</source>
        <translation>
            <numerusform>TikTok: %n event of this day still waiting to be sent.</numerusform>
            <numerusform>TikTok: %n events of this day still waiting to be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockHistoryDialog</name>
    <message numerus="yes">
        <source>%n movement(s), oldest first. Stock now: {balance}.</source>
        <translation>
            <numerusform>%n movement, oldest first. Stock now: {balance}.</numerusform>
            <numerusform>%n movements, oldest first. Stock now: {balance}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TikTokQueueDialog</name>
    <message numerus="yes">
        <source>Not sent, no contact details: %n sale(s)</source>
        <translation>
            <numerusform>Not sent, no contact details: %n sale</numerusform>
            <numerusform>Not sent, no contact details: %n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent ({reason}): %n sale(s)</source>
        <translation>
            <numerusform>Not sent ({reason}): %n sale</numerusform>
            <numerusform>Not sent ({reason}): %n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) selected.</source>
        <translation>
            <numerusform>%n event selected.</numerusform>
            <numerusform>%n events selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) put back in the queue; they go with the next send.</source>
        <translation>
            <numerusform>%n event put back in the queue; it goes with the next send.</numerusform>
            <numerusform>%n events put back in the queue; they go with the next send.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <name>returns_review</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; return(s) · refunded &lt;b&gt;{refunded}&lt;/b&gt; · deducted (kept) &lt;b&gt;{deducted}&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; return · refunded &lt;b&gt;{refunded}&lt;/b&gt; · deducted (kept) &lt;b&gt;{deducted}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; returns · refunded &lt;b&gt;{refunded}&lt;/b&gt; · deducted (kept) &lt;b&gt;{deducted}&lt;/b&gt;</numerusform>
            </translation>
        </message>
    </context>
</TS>

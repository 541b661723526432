<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TikTokQueueDialog</name>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>

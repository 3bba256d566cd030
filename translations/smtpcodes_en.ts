<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SmtpCodes::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="+207" />
        <source>%n code(s) shown</source>
        <translation><numerusform>%n code shown</numerusform><numerusform>%n codes shown</numerusform></translation>
    </message>
</context>
</TS>

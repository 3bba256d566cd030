<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../app/cli/commandline.cpp" line="+251"/>
        <source>%n reply(ies) found; lines read: %1.
</source>
        <translation>
            <numerusform>%n reply found; lines read: %1.
</numerusform>
            <numerusform>%n replies found; lines read: %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="+227"/>
        <source>Forget the %n code(s) viewed? Back and Forward start again from here.</source>
        <translation>
            <numerusform>Forget the code viewed? Back and Forward start again from here.</numerusform>
            <numerusform>Forget the %n codes viewed? Back and Forward start again from here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Remove all %n favourite code(s)?</source>
        <translation>
            <numerusform>Remove %n favourite code?</numerusform>
            <numerusform>Remove all %n favourite codes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+210"/>
        <source>%n code(s) shown</source>
        <translation>
            <numerusform>%n code shown</numerusform>
            <numerusform>%n codes shown</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>RpcResult</name>
    <message>
        <source>The server did not answer in time. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Please wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That username is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n ticket(s) left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The payment was declined. No money was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales have closed for this performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The performance has already started; the order can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets have been sold or are held for this. Cancel those orders first, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity cannot be lower than the tickets already sold or held (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one administrator must remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::TicketTypeModel</name>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

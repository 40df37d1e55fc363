<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>RpcResult</name>
    <message numerus="yes">
        <source>Only %n ticket(s) left.</source>
        <translation>
            <numerusform>Only %n ticket left.</numerusform>
            <numerusform>Only %n tickets left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::AuditLogPage</name>
    <message numerus="yes">
        <source>All %n entries shown.</source>
        <translation>
            <numerusform>%n entry shown; there are no more.</numerusform>
            <numerusform>All %n entries shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Newest %n entries shown.</source>
        <translation>
            <numerusform>Newest %n entry shown.</numerusform>
            <numerusform>Newest %n entries shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::BoxOfficeWindow</name>
    <message numerus="yes">
        <source>Sale %1 complete: %n ticket(s).</source>
        <translation>
            <numerusform>Sale %1 complete: %n ticket.</numerusform>
            <numerusform>Sale %1 complete: %n tickets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::BuyDialog</name>
    <message numerus="yes">
        <source>%n ticket(s) left</source>
        <translation>
            <numerusform>%n ticket left</numerusform>
            <numerusform>%n tickets left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × %1 — total %2</source>
        <translation>
            <numerusform>%n × %1 — total %2</numerusform>
            <numerusform>%n × %1 — total %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s), %1 paid. You find them any time under “My tickets”.</source>
        <translation>
            <numerusform>%n ticket, %1 paid. You find it any time under “My tickets”.</numerusform>
            <numerusform>%n tickets, %1 paid. You find them any time under “My tickets”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::CatalogBrowser</name>
    <message numerus="yes">
        <source>%n event(s) on sale</source>
        <translation>
            <numerusform>%n event on sale</numerusform>
            <numerusform>%n events on sale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::CatalogPage</name>
    <message numerus="yes">
        <source>%n event(s) in the catalog.</source>
        <translation>
            <numerusform>%n event in the catalog.</numerusform>
            <numerusform>%n events in the catalog.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::EventForm</name>
    <message numerus="yes">
        <source>Its %n performance(s) and their ticket types are deleted with it. This cannot be undone.</source>
        <translation>
            <numerusform>Its %n performance and its ticket types are deleted with it. This cannot be undone.</numerusform>
            <numerusform>Its %n performances and their ticket types are deleted with it. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::EventListModel</name>
    <message numerus="yes">
        <source>%n dates</source>
        <translation>
            <numerusform>%n date</numerusform>
            <numerusform>%n dates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::KioskWindow</name>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) for %1, %2. Paid %3.</source>
        <translation>
            <numerusform>%n ticket for %1, %2. Paid %3.</numerusform>
            <numerusform>%n tickets for %1, %2. Paid %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::OrderLookup</name>
    <message numerus="yes">
        <source>Its %n ticket(s) stop working at once and go back on sale. This cannot be undone.</source>
        <translation>
            <numerusform>Its %n ticket stops working at once and goes back on sale. This cannot be undone.</numerusform>
            <numerusform>Its %n tickets stop working at once and go back on sale. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n ticket(s) · %2</source>
        <translation>
            <numerusform>%1 · %n ticket · %2</numerusform>
            <numerusform>%1 · %n tickets · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::OrdersPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::PerformanceForm</name>
    <message numerus="yes">
        <source>Its %n ticket type(s) are deleted with it. This cannot be undone.</source>
        <translation>
            <numerusform>Its %n ticket type is deleted with it. This cannot be undone.</numerusform>
            <numerusform>Its %n ticket types are deleted with it. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::PerformanceSearch</name>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2, %3
%n ticket(s) left</source>
        <translation>
            <numerusform>%1
%2, %3
%n ticket left</numerusform>
            <numerusform>%1
%2, %3
%n tickets left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming performance(s). ↑↓ to move, Enter to choose.</source>
        <translation>
            <numerusform>%n upcoming performance. ↑↓ to move, Enter to choose.</numerusform>
            <numerusform>%n upcoming performances. ↑↓ to move, Enter to choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::TicketPrinter</name>
    <message numerus="yes">
        <source>%n ticket(s), %1 paid by %2</source>
        <translation>
            <numerusform>%n ticket, %1 paid by %2</numerusform>
            <numerusform>%n tickets, %1 paid by %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::TicketSelection</name>
    <message numerus="yes">
        <source>Only %n %1 ticket(s) left.</source>
        <translation>
            <numerusform>Only %n %1 ticket left.</numerusform>
            <numerusform>Only %n %1 tickets left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::TicketTypeModel</name>
    <message numerus="yes">
        <source>%1, %2, %n left</source>
        <translation>
            <numerusform>%1, %2, %n left</numerusform>
            <numerusform>%1, %2, %n left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::UsersPage</name>
    <message numerus="yes">
        <source>%n user(s) found.</source>
        <translation>
            <numerusform>%n user found.</numerusform>
            <numerusform>%n users found.</numerusform>
        </translation>
    </message>
</context>
</TS>

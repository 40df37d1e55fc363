<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Categories</name>
    <message>
        <source>Cinema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RpcResult</name>
    <message numerus="yes">
        <source>Only %n ticket(s) left.</source>
        <translation>
            <numerusform>Only %n ticket left.</numerusform>
            <numerusform>Only %n tickets left.</numerusform>
        </translation>
    </message>
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
        <source>Usernames are 3 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are 8 to 256 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this in (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a price of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a capacity of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and 20 tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::AccountPage</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confir&amp;m new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time Marquee starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language saved. It applies the next time Marquee starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed. Other devices signed in to this account were signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::AdminWindow</name>
    <message>
        <source>Marquee — Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new ticket type; for reserved seating, the seat map where price categories are made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats and p&amp;rices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the event, performance or ticket type being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected event, performance or ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · connected to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy ticket types from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ticket types of another performance into the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::AppController</name>
    <message>
        <source>Your saved session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Door check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::AuditLogModel</name>
    <message>
        <source>Event created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats moved to a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats unblocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date in the audit log</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in the audit log</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>event title, start</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>performance, venue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>ticket type — performance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave no single seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln seat</numerusform>
            <numerusform>%Ln seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserved seating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to the catalog, every role change, refund and cash sale: who, when, and what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Cash sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All performances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ticket types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Ticket types changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All seat changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries from the start of this day (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries up to the end of this day (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filte&amp;rs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln entries shown.</source>
        <translation>
            <numerusform>%Ln entry shown.</numerusform>
            <numerusform>All %Ln entries shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Newest %Ln entries shown.</source>
        <translation>
            <numerusform>Newest %Ln entry shown.</numerusform>
            <numerusform>Newest %Ln entries shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — by %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded about the change.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Box Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell tickets (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders and refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an order, reprint or refund it (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Best available seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick seats on the &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold selected seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease held seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay in &amp;cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by car&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xact amount given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and &amp;refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save tickets as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a price category first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s): %1</source>
        <translation>
            <numerusform>%n seat: %1</numerusform>
            <numerusform>%n seats: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold seats first: the number of seats, then F7 for the best available, or F4 to pick them on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server, so the sale may or may not have gone through. Check Orders and refunds › Your recent sales before selling again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing sett&amp;ings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omplete sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;tickets after each sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sold or charged: change the %1 line and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not paid: its tickets admit nobody and are not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · estimated wait: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::BuyDialog</name>
    <message numerus="yes">
        <source>%n ticket(s), %1 paid. You find them any time under “My tickets”.</source>
        <translation>
            <numerusform>%n ticket, %1 paid. You find it any time under “My tickets”.</numerusform>
            <numerusform>%n tickets, %1 paid. You find them any time under “My tickets”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Buy tickets — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Your tickets are booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln left now.</source>
        <translation>
            <numerusform>Only %Ln left now.</numerusform>
            <numerusform>Only %Ln left now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — total %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One order holds at most %L1 kinds of tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No tickets were booked: check the card&apos;s details or try another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln left: the quantity is now what is left.</source>
        <translation>
            <numerusform>Only %Ln left: the quantity is now what is left.</numerusform>
            <numerusform>Only %Ln left: the quantity is now what is left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out: choose another ticket type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the purchase, so it may have gone through. Check “My tickets” before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your turn…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events, places…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Try another category, word or date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose s&amp;eats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln left</source>
        <translation>
            <numerusform>%Ln left</numerusform>
            <numerusform>%Ln left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::CatalogEventModel</name>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) · %Ln performance(s)</source>
        <translation>
            <numerusform>%1 (%2) · %Ln performance</numerusform>
            <numerusform>%1 (%2) · %Ln performances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::CatalogForm</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::CatalogPage</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new event (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet. Create the first one with “New event”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a performance to this event (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a ticket type to this performance (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats and prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price this reserved performance&apos;s seats on its seat map: make price categories, move seats, block seats (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a performance with reserved seating first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or save an event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or save a performance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ticket types from another performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ticket types of another performance into this one (for reserved seating: of the same venue, seats included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) in the catalog.</source>
        <translation>
            <numerusform>%Ln event in the catalog.</numerusform>
            <numerusform>%Ln events in the catalog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket type(s) copied.</source>
        <translation>
            <numerusform>%Ln ticket type copied.</numerusform>
            <numerusform>%Ln ticket types copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out: already there or without seats.</source>
        <translation>
            <numerusform>%Ln left out: already there or without seats.</numerusform>
            <numerusform>%Ln left out: already there or without seats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying ticket types…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::CatalogPerformanceModel</name>
    <message>
        <source>%1 — reserved seating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::CatalogTicketTypeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Sales stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::CopyTicketTypesDialog</name>
    <message>
        <source>Copy ticket types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the price categories of another performance in the same venue: names, prices and which seats each one has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ticket types of another performance: names, prices and capacities. Types with a name this performance already has are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by event, date or venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter performances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performances to copy from</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 — %Ln type(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 — %Ln type</numerusform>
            <numerusform>%1 · %2 · %3 — %Ln types</numerusform>
        </translation>
    </message>
    <message>
        <source>No other performance in this venue has price categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other performance has ticket types yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::CustomerWindow</name>
    <message>
        <source>Marquee — Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · connected to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::DateTimeField</name>
    <message>
        <source>e.g. 2027-01-15 19:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date on a calendar; the time stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date and time, e.g. 2027-01-15 19:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time does not exist here: the clocks change then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date and time as year-month-day hours:minutes, e.g. 2027-01-15 19:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-month-day and the time, in the venue&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::DisplayFormat</name>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::DoorStation</name>
    <message>
        <source>This scan could not be saved on this computer. Do not admit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This admission is already on the server; undo it when the door is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>time · venue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>title, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <comment>title, time · venue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scan may have reached the server; undo it when the door is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s admission that counts was made at %1, not by this scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s admission that counts was made at %1, %2, not by this scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scan is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this scan, so it admitted no one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::DoorWindow</name>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the performance on the left, name this gate, then start. A USB barcode scanner types each ticket into the scan field; no camera needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example North, or Door 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted per gate; remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange show or gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a ticket&apos;s QR code — the scanner types here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of ticket holders admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual entry (damaged ticket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket code for manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code printed on the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adm&amp;it code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last scan (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes back the last admission: F9 or Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned at two gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets scanned at two gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None so far. A ticket let in at two gates (one of them offline) shows here once both gates are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploaded the offline scans: %n admitted</source>
        <translation>
            <numerusform>Uploaded the offline scans: %n admitted</numerusform>
            <numerusform>Uploaded the offline scans: %n admitted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admitted at another gate first (listed under “Scanned at two gates”)</source>
        <translation>
            <numerusform>%n admitted at another gate first (listed under “Scanned at two gates”)</numerusform>
            <numerusform>%n admitted at another gate first (listed under “Scanned at two gates”)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n refused by the server</numerusform>
            <numerusform>%n refused by the server</numerusform>
        </translation>
    </message>
    <message>
        <source>Admitted %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no gate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this gate): %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one admitted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — no downloaded list for this show: tickets cannot be checked until the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — admitting from the downloaded list; %n scan(s) waiting to upload</source>
        <translation>
            <numerusform>Offline — admitting from the downloaded list; %n scan waiting to upload</numerusform>
            <numerusform>Offline — admitting from the downloaded list; %n scans waiting to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back online — uploading %n offline scan(s)…</source>
        <translation>
            <numerusform>Back online — uploading %n offline scan…</numerusform>
            <numerusform>Back online — uploading %n offline scans…</numerusform>
        </translation>
    </message>
    <message>
        <source>Also admitted at %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted at %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows &amp;kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: choose among the shows whose lists this door downloaded before. Its scans are uploaded when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: this door has not downloaded any show&apos;s list yet. Connect to the server to choose a show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket for another show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · admitted offline at %2, %3
Not accepted by the server: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::EventForm</name>
    <message>
        <source>e.g. Jazz at the Bund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people should know before they buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the event “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln performance(s) and their ticket types are deleted with it. This cannot be undone.</source>
        <translation>
            <numerusform>Its %Ln performance and its ticket types are deleted with it. This cannot be undone.</numerusform>
            <numerusform>Its %Ln performances and their ticket types are deleted with it. This cannot be undone.</numerusform>
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
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::HoldCountdown</name>
    <message>
        <source>Your hold has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats held for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your seats are held for %n more minute(s)</source>
        <translation>
            <numerusform>Your seats are held for %n more minute</numerusform>
            <numerusform>Your seats are held for %n more minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your seats are held for %n more second(s)</source>
        <translation>
            <numerusform>Your seats are held for %n more second</numerusform>
            <numerusform>Your seats are held for %n more seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking your hold with the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::KioskWindow</name>
    <message numerus="yes">
        <source>%n ticket(s) for %1, %2. Paid %3.</source>
        <translation>
            <numerusform>%n ticket for %1, %2. Paid %3.</numerusform>
            <numerusform>%n tickets for %1, %2. Paid %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marquee — Self-service tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets, right here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on sale in this category right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln left</source>
        <translation>
            <numerusform>%Ln left</numerusform>
            <numerusform>%Ln left</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Your seats are still held: try another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tickets are booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing your tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets could not be printed. Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in, create an account, or buy without one. You will be signed out automatically when you leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by card and take your tickets as QR codes or on paper, with an order code for the box office. Nothing is kept on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy without an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying without an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One %1 ticket fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One %1 ticket more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 %2</source>
        <comment>how many of a ticket type: 2 Adult</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + </source>
        <comment>between the ticket types of a basket: 2 Adult + 1 Child</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s)</source>
        <translation>
            <numerusform>%1: %n ticket</numerusform>
            <numerusform>%1: %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>not on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 each · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how many tickets of each kind you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n %1 ticket(s) left.</source>
        <translation>
            <numerusform>Only %n %1 ticket left.</numerusform>
            <numerusform>Only %n %1 tickets left.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is sold out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer on sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was charged. Please change your tickets and pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order code is %1 — show it at the box office. Without an account it is how your order is found, so keep it: take a photo of this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order code is %1 — show it at the box office, or find your tickets under “My tickets” when you sign in at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no printer. Show the QR codes above at the entrance (a photo of them will do), or your order code at the box office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no printer. Show the QR codes above at the entrance, or find your tickets under “My tickets” when you sign in at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your purchase goes ahead by itself when it is your turn: please wait here, there is nothing else to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the payment, so it may have gone through. Please ask a member of staff before paying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your turn…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::OrderListModel</name>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 × %2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQ-XXXX-XXXX-XX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recent sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recent sal&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan an order code and press Enter, or choose one of your recent sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and &amp;refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the order code from the customer&apos;s receipt or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order has the code %1. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order %1 and refund %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer %1 back in cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes back to the customer&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled. Give the customer %1 back in cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled. %1 was refunded to the customer&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales yet.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>My orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet. Tickets you buy appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3
%4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order %1 and refund %2? Its tickets stop being valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cancelled; %2 refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order was cancelled: its tickets are no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %L1 of %L2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled — not valid for entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::PaymentForm</name>
    <message>
        <source>MM/YY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on &amp;card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security code (C&amp;VC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test gateway: 4242 4242 4242 4242 is approved, 4000 0000 0000 0002 is declined. The card number stays on this computer; only a payment token is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name printed on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card number is not valid. Check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a future expiry date as MM/YY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 3 or 4 digits on the back of the card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::PaymentPanel</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay in cash (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by card on the terminal (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 cash · F6 card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount &amp;given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer gave the exact amount (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal &amp;result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test terminal. The card is read at the terminal; its number never reaches Marquee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tic&amp;kets after the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the sale (Enter in the amount field, or F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount the customer gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough: %1 short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing sale…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::PerformanceForm</name>
    <message>
        <source>General admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved seating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved seating sells the seats of a venue&apos;s seat map. It is chosen once, when the performance is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue whose seats are sold. Venues are imported on the Venues tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Peace Hotel Jazz Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave no sing&amp;le seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers may not hold seats that would leave one free seat alone between taken ones or at a row&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seatin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;enue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venues yet: import a seat map on the Venues tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue&apos;s name, unless you write another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the event first, then add its performances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter where it takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a venue on the Venues tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the venue whose seats are sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the performance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the performance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance on %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the performance on %1 at %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the performance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the performance on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the performance, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the performance (Enter, Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the performance (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start must be in the future. Check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln ticket type(s) are deleted with it. This cannot be undone.</source>
        <translation>
            <numerusform>Its %Ln ticket type is deleted with it. This cannot be undone.</numerusform>
            <numerusform>Its %Ln ticket types are deleted with it. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where it takes place: its times are typed and shown in this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list, e.g. Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::PerformanceSearch</name>
    <message numerus="yes">
        <source>%n upcoming performance(s). ↑↓ to move, Enter to choose.</source>
        <translation>
            <numerusform>%n upcoming performance. ↑↓ to move, Enter to choose.</numerusform>
            <numerusform>%n upcoming performances. ↑↓ to move, Enter to choose.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find &amp;performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or venue, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming performances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upcoming performances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing upcoming matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %L1 of %L2 performances. Type more to narrow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln left</source>
        <translation>
            <numerusform>%Ln left</numerusform>
            <numerusform>%Ln left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::PriceCategoryDialog</name>
    <message>
        <source>New Price Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Stalls A, Premium, Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a price such as 45.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected seat(s) go into the new category, leaving any category they were in.</source>
        <translation>
            <numerusform>The %Ln selected seat goes into the new category, leaving any category it was in.</numerusform>
            <numerusform>The %Ln selected seats go into the new category, leaving any category they were in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::PrintSettingsDialog</name>
    <message>
        <source>Printing Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the tickets of this station go after each sale and when reprinted. Nothing is asked during a sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send tickets to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s default printer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files in a &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older for PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Three tickets on each A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ne ticket per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each order becomes one PDF file named after its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the printer cannot print, the tickets are saved in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is available now: the tickets are saved in the folder until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for Ticket PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the PDF files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::PurchaseRequest</name>
    <message>
        <source>The connection was lost. Trying again with the same purchase: it cannot be charged twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is slow to answer. Asking again about the same purchase: it cannot be charged twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server is briefly unavailable. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>The server is briefly unavailable. Trying again in %n second…</numerusform>
            <numerusform>The server is briefly unavailable. Trying again in %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Many people are buying right now. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Many people are buying right now. Trying again in %n second…</numerusform>
            <numerusform>Many people are buying right now. Trying again in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>You are next in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are number %L1 in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>So many people are buying right now that the server could not take the purchase. Nothing was charged: please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::QueueStatus</name>
    <message>
        <source>Your purchase goes ahead by itself when it is your turn: there is nothing else to do. Please keep this window open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still working on your purchase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::ReportExport</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::ReportTableModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets sold and revenue over time, by ticket type, occupancy and refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takings per clerk and payment method, and the cash expected in the drawer (Z report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a show is selling, by the venue&apos;s days and hours, and what the box office took in a shift. Figures come straight from the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::SaleResultPanel</name>
    <message>
        <source>Sale complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next sale (Esc or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc or F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 · %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::SalesReportChart</name>
    <message>
        <source>Tickets sold and revenue over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::SalesReportView</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All performances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a table of this report as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures over time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by ticket type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole report, chart included, as a PDF to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tic&amp;ket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over t&amp;ime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly figures cover at most 366 days: choose a later start, or group by day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln order(s)</source>
        <translation>
            <numerusform>%1 · %Ln order</numerusform>
            <numerusform>%1 · %Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sold yet in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, grouped by %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, all performances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the first sale to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets sold: %L1 · Revenue: %2 · Refunded: %3 · Net: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the start of this day at the venue; “First sale” starts at the first ticket sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to the end of this day at the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days and hours in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::ScanBanner</name>
    <message>
        <source>Scan result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already admitted at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already admitted at %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was let in before. Do not admit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is for another performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was refunded. Do not admit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket has this code. Check the ticket or type its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, only the QR code can be checked, not a typed code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list for this show was not downloaded before the connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 can be scanned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: signature checked, the scan is uploaded when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: from the downloaded list and this gate&apos;s scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code under the scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::SeatCategoriesDialog</name>
    <message>
        <source>Seats and Prices — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats and prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and &amp;rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section / row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click selects a row or a whole section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select ro&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select s&amp;ection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the seats already selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat ma&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat map: select seats to price or block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the seat map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a category to select its seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New price category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a price category of the selected seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;its seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected seats into this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected seats off sale (a camera position, a broken seat…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected blocked seats back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the performance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This performance has no seat map: it sells general admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the seat map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat map cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the seats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle or click seats to select them; hold Ctrl or Shift to add. Changes by others appear as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 seats, %3 sold, %4 held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats in no price category: nobody can buy them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None. Drag a rectangle on the map, click seats, or pick rows and sections on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held or sold: %1. Those cannot move or be blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection holds seats that are not this venue&apos;s. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) are held or sold, so nothing was changed: %1. Leave them out of the selection and try again.</source>
        <translation>
            <numerusform>%Ln seat is held or sold, so nothing was changed: %1. Leave it out of the selection and try again.</numerusform>
            <numerusform>%Ln seats are held or sold, so nothing was changed: %1. Leave them out of the selection and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” created at %2 with %Ln seat(s).</source>
        <translation>
            <numerusform>“%1” created at %2 with %Ln seat.</numerusform>
            <numerusform>“%1” created at %2 with %Ln seats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %Ln seat(s)…</source>
        <translation>
            <numerusform>Moving %Ln seat…</numerusform>
            <numerusform>Moving %Ln seats…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) moved to “%1”.</source>
        <translation>
            <numerusform>%Ln seat moved to “%1”.</numerusform>
            <numerusform>%Ln seats moved to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocking %Ln seat(s)…</source>
        <translation>
            <numerusform>Blocking %Ln seat…</numerusform>
            <numerusform>Blocking %Ln seats…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblocking %Ln seat(s)…</source>
        <translation>
            <numerusform>Unblocking %Ln seat…</numerusform>
            <numerusform>Unblocking %Ln seats…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) blocked: they are not sold.</source>
        <translation>
            <numerusform>%Ln seat blocked: it is not sold.</numerusform>
            <numerusform>%Ln seats blocked: they are not sold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) unblocked.</source>
        <translation>
            <numerusform>%Ln seat unblocked.</numerusform>
            <numerusform>%Ln seats unblocked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::SeatErrors</name>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else has just taken some of these seats. Please choose others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else has just taken %1. Please choose other seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This choice would leave a single seat free on its own. Please choose seats without a gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This choice would leave %1 free on its own. Please choose seats without a single-seat gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can hold at most 20 seats for one performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are not that many seats together in this price category any more. Try fewer seats or another category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hold has ended and the seats are back on sale. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment for these seats is already in progress. Please wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This performance has no reserved seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This performance has reserved seats: choose them on the seat map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::SeatLegend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::SeatListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::SeatMapData</name>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wheelchair place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companion seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::SeatMapView</name>
    <message>
        <source>Seat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move from seat to seat, Space selects, plus and minus zoom, 0 fits the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln seats</source>
        <translation>
            <numerusform>%Ln seat</numerusform>
            <numerusform>%Ln seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln seats free</source>
        <translation>
            <numerusform>%Ln seat free</numerusform>
            <numerusform>%Ln seats free</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Row %2 · Seat %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion seat (next to a wheelchair place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::SeatPicker</name>
    <message numerus="yes">
        <source>You can choose up to %n seat(s) at a time.</source>
        <translation>
            <numerusform>You can choose up to %n seat at a time.</numerusform>
            <numerusform>You can choose up to %n seats at a time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your hold has ended and the seats are back on sale. Choose seats again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move, Space picks, Enter holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or drag over seats to choose · wheel, + or − to zoom · Space + drag to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the seat map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;free seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or Enter selects the seat in the current row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price &amp;category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of &amp;seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;best seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the best seats together in this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to &amp;payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This performance has no seat map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat map could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 (%Ln left)</source>
        <translation>
            <numerusform>%1 · %2 (%Ln left)</numerusform>
            <numerusform>%1 · %2 (%Ln left)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 (sold out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Row %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n seat(s)</source>
        <translation>
            <numerusform>&amp;Add %n seat</numerusform>
            <numerusform>&amp;Add %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n seat(s) to the hold</source>
        <translation>
            <numerusform>&amp;Add %n seat to the hold</numerusform>
            <numerusform>&amp;Add %n seats to the hold</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap the seats you want (drag to move the map), or let us find the best ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of seats, then F7 for the best available; or F4 to pick them on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose seats on the map, or let us find the best available ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) chosen</source>
        <translation>
            <numerusform>%n seat chosen</numerusform>
            <numerusform>%n seats chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose seats on the map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a price category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding your seats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) held for you. Pay before the time runs out.</source>
        <translation>
            <numerusform>%n seat held for you. Pay before the time runs out.</numerusform>
            <numerusform>%n seats held for you. Pay before the time runs out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seats were released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your seats are still held for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hold ended while the connection was away; the seats are back on sale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::SeatStates</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::SeatedBuyDialog</name>
    <message>
        <source>Choose seats — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay for your seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Your seats are booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s), %1 paid. You find the tickets any time under “My tickets”.</source>
        <translation>
            <numerusform>%n seat, %1 paid. You find the ticket any time under “My tickets”.</numerusform>
            <numerusform>%n seats, %1 paid. You find the tickets any time under “My tickets”.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Your seats are still held: try another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the payment, so it may have gone through. Check “My tickets” before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your turn…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::SectionItem</name>
    <message numerus="yes">
        <source>%Ln seats</source>
        <translation>
            <numerusform>%Ln seat</numerusform>
            <numerusform>%Ln seats</numerusform>
        </translation>
    </message>
    <message>
        <source>not on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln free</source>
        <translation>
            <numerusform>%Ln free</numerusform>
            <numerusform>%Ln free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::ShiftReportView</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the shift, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the shift, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From midnight to the end of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a table of this report as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takings by clerk and method…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takings by payment method…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Z report as a PDF to print or sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All takings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takings by clerk and method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takings by payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By clerk and meth&amp;od</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash d&amp;rawers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the shift must be after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cash taken − %2 cash refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln sale(s)</source>
        <translation>
            <numerusform>%1 · %Ln sale</numerusform>
            <numerusform>%1 · %Ln sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln refund(s)</source>
        <translation>
            <numerusform>%1 · %Ln refund</numerusform>
            <numerusform>%1 · %Ln refunds</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sold or refunded at the box office in this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box office, %1: %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected in the drawer: %1 (%2 cash taken − %3 cash refunded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: %1 · Refunded: %2 · Net: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box office Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::SignInDialog</name>
    <message>
        <source>Marquee — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Marquee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cinema, concerts, exhibitions, flights and trains — one place for tickets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::SignInForm</name>
    <message>
        <source>host:port, or tls://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–32 letters, digits, . _ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server as host:port, for example 127.0.0.1:7427.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::Theme</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::TicketDelivery</name>
    <message>
        <source>The printer “%1” is not available. Tickets are saved as PDF files in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up at this station. Tickets are saved as PDF files in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets could not be printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the tickets. Choose another one in Printing settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will not admit anyone. Any payment for it has been refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this ticket at the entrance, printed or on a screen. Each QR code admits one person, once: do not share or copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the code will not scan, staff can type in the ticket code printed beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has no tickets to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1. Check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets for order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three tickets on each A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ticket per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets could not be printed. Check the printer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, one ticket per page (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, three tickets per A4 page (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Tickets as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::TicketRenderer</name>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee · Admit one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
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
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · Ticket %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan at the entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 · Seat %2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ticket fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One fewer (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ticket more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ and − keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No performance chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find one on the left and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a performance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n in the sale</source>
        <translation>
            <numerusform>%1, %n in the sale</numerusform>
            <numerusform>%1, %n in the sale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the sale</source>
        <translation>
            <numerusform>%n in the sale</numerusform>
            <numerusform>%n in the sale</numerusform>
        </translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets of this type in the sale (+ and −)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 1 to 9 choose a row; plus and minus change how many of it are in the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many seats best available looks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets of the chosen type in this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer on sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ticket type and a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sale has at most %1 tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sale has at most %1 ticket types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::TicketTypeCopier</name>
    <message>
        <source>Price categories can only be copied from a performance in the same venue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::TicketTypeForm</name>
    <message>
        <source>e.g. Standard, Student, VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capac&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or add a performance, then give it ticket types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price categories hold seats: make new ones on the seat map with “Seats and prices…”, then rename or reprice them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the category&apos;s seats that are not blocked. Move seats on the seat map to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sold yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the ticket type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the ticket type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” saved at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the ticket type “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the ticket type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of one ticket, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new sales or holds of this ticket type; the tickets sold stay valid. It can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell this ticket type again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the ticket type, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) on sale · sold %L1 · held %L2 · free %L3</source>
        <translation>
            <numerusform>%Ln seat on sale · sold %L1 · held %L2 · free %L3</numerusform>
            <numerusform>%Ln seats on sale · sold %L1 · held %L2 · free %L3</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold %L1 · held %L2 · remaining %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ticket type (Enter, Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ticket type (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a price such as %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative. Enter 0 for free tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price can be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type has sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %Ln ticket(s) sold, so it cannot be deleted.</source>
        <translation>
            <numerusform>“%1” has %Ln ticket sold, so it cannot be deleted.</numerusform>
            <numerusform>“%1” has %Ln tickets sold, so it cannot be deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop selling it instead: no new sales or holds, and the tickets sold stay valid. You can resume selling later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its sales are already stopped: nobody can buy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the sales of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the sales of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is on sale again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales of “%1” stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::TicketTypeModel</name>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Not on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln left</source>
        <translation>
            <numerusform>%Ln left</numerusform>
            <numerusform>%Ln left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::TimeZoneComboBox</name>
    <message>
        <source>e.g. Asia/Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IANA time zone of the place, e.g. Asia/Shanghai or Europe/London</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::UserTableModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box office clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest account, made for a purchase without signing up (role: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an account and change what it may do. Customers buy tickets, box office clerks sell them, managers run the catalog, administrators also manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by username or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new role signs that person out everywhere; they sign in again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
Current role: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own role to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will be signed out and sign in again with the new role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the role of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of %1 is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) found.</source>
        <translation>
            <numerusform>%Ln user found.</numerusform>
            <numerusform>%Ln users found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;guest accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest accounts are made for purchases without signing up, one per purchase; they are left out of the list unless shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest account(s) not shown.</source>
        <translation>
            <numerusform>%Ln guest account not shown.</numerusform>
            <numerusform>%Ln guest accounts not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::VenueBackdropItem</name>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::VenueLayout</name>
    <message>
        <source>The layout has no sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of section %2 has no seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seat in row %1 of section %2 has no valid position.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::VenueLayoutFile</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a venue layout (at most 32 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (line %3, column %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a venue layout: it should hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a venue layout: it needs “sections” (or “name” and “layout”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focus must be a point {x, y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focus needs a number for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout has no sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section must be an object with a name and rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row must be an object with a label and seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 appears twice in this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seat must be an object with a label, x and y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat has no label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1 appears twice in this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat needs a number for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A venue has at most %1 seats; this layout has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seat number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mq::client::VenueListModel</name>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln seat(s)</source>
        <translation>
            <numerusform>%1 — %Ln seat</numerusform>
            <numerusform>%1 — %Ln seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::VenuesPage</name>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a venue&apos;s seat layout from a JSON file, check it and see it drawn before saving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venues yet. Import a seat layout from a JSON file: a file holds {name, layout} or just the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete venue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected venue (only while no performance uses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a venue to see its seat map, or import a layout with “Import layout…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Grand Theatre, Main Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disca&amp;rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this file; nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat map of the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the venues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the venues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Venue Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue layouts (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be saved. The first %2 problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be drawn: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds only the layout. Give the venue a name, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is drawn and ready to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the venue a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Performances can now sell its seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import discarded; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved layout never changes: for other seats, import a new venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the seat map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the seat map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat map cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats by section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a venue to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the venue “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its seat map is deleted with it. A venue that performances use cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: performances sell its seats. Delete those performances first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s).</source>
        <translation>
            <numerusform>%Ln venue.</numerusform>
            <numerusform>%Ln venues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be saved: %Ln problem(s) to fix in the file.</source>
        <translation>
            <numerusform>%1 cannot be saved: %Ln problem to fix in the file.</numerusform>
            <numerusform>%1 cannot be saved: %Ln problems to fix in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more section(s)</source>
        <translation>
            <numerusform>and %Ln more section</numerusform>
            <numerusform>and %Ln more sections</numerusform>
        </translation>
    </message>
    <message>
        <source>Venue time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the venue to this time zone: its performances keep their moment and read their times in the new zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving “%1” to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its performances now read their times in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

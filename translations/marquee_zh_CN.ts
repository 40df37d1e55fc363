<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Categories</name>
    <message>
        <source>Cinema</source>
        <translation>电影</translation>
    </message>
    <message>
        <source>Concerts</source>
        <translation>音乐会</translation>
    </message>
    <message>
        <source>Exhibitions</source>
        <translation>展览</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>Trains</source>
        <translation>火车</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>RpcResult</name>
    <message>
        <source>The server did not answer in time. Please try again.</source>
        <translation>服务器响应超时，请重试。</translation>
    </message>
    <message>
        <source>Not connected to the server. Reconnecting…</source>
        <translation>未连接到服务器，正在重新连接…</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Please wait a few minutes and try again.</source>
        <translation>登录失败次数过多，请几分钟后再试。</translation>
    </message>
    <message>
        <source>That username is already taken.</source>
        <translation>该用户名已被占用。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Sold out.</source>
        <translation>已售罄。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n ticket(s) left.</source>
        <translation>
            <numerusform>仅剩 %n 张票。</numerusform>
        </translation>
    </message>
    <message>
        <source>The payment was declined. No money was taken.</source>
        <translation>支付被拒绝，未产生任何扣款。</translation>
    </message>
    <message>
        <source>Sales have closed for this performance.</source>
        <translation>该场次已停止售票。</translation>
    </message>
    <message>
        <source>This order is already cancelled.</source>
        <translation>该订单已取消。</translation>
    </message>
    <message>
        <source>The performance has already started; the order can no longer be cancelled.</source>
        <translation>该场次已开始，订单无法再取消。</translation>
    </message>
    <message>
        <source>Tickets have been sold or are held for this. Cancel those orders first, then delete it.</source>
        <translation>已有票售出或被预留，请先取消相关订单，再进行删除。</translation>
    </message>
    <message>
        <source>The capacity cannot be lower than the tickets already sold or held (%1).</source>
        <translation>总票数不能少于已售出和预留的票数（%1 张）。</translation>
    </message>
    <message>
        <source>It no longer exists. It may have been deleted.</source>
        <translation>该内容已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>您的账号无权执行此操作。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>服务器繁忙，请稍后再试。</translation>
    </message>
    <message>
        <source>At least one administrator must remain.</source>
        <translation>至少需要保留一名管理员。</translation>
    </message>
    <message>
        <source>Something went wrong (error %1).</source>
        <translation>出现错误（错误代码：%1）。</translation>
    </message>
    <message>
        <source>Usernames are 3 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名为 3 到 32 个字符，只能包含字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>Passwords are 8 to 256 characters long.</source>
        <translation>密码长度须为 8 到 256 个字符。</translation>
    </message>
    <message>
        <source>The display name is at most 64 characters.</source>
        <translation>昵称最多 64 个字符。</translation>
    </message>
    <message>
        <source>Fill this in (at most 200 characters).</source>
        <translation>请填写此项（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>The description is at most %1 characters.</source>
        <translation>简介最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose one of the categories.</source>
        <translation>请选择一个分类。</translation>
    </message>
    <message>
        <source>Enter a price of 0 or more.</source>
        <translation>请输入不小于 0 的票价。</translation>
    </message>
    <message>
        <source>Enter a capacity of 0 or more.</source>
        <translation>请输入不小于 0 的容量。</translation>
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation>请输入有效的日期和时间。</translation>
    </message>
    <message>
        <source>Choose between 1 and 20 tickets.</source>
        <translation>每次可购买 1 到 20 张票。</translation>
    </message>
</context>
<context>
    <name>mq::client::AccountPage</name>
    <message>
        <source>Account</source>
        <translation>账号设置</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation>修改密码(&amp;P)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Takes effect the next time Marquee starts.</source>
        <translation>下次启动 Marquee 时生效。</translation>
    </message>
    <message>
        <source>Language saved. It applies the next time Marquee starts.</source>
        <translation>语言设置已保存，将在下次启动 Marquee 时生效。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>当前登录：%1（%2），服务器：%3</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Password changed. Other devices signed in to this account were signed out.</source>
        <translation>密码修改成功，该账号在其他设备上的登录均已退出。</translation>
    </message>
    <message>
        <source>Confir&amp;m new password:</source>
        <translation>确认新密码(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>mq::client::AdminWindow</name>
    <message>
        <source>Marquee — Administration</source>
        <translation>Marquee — 管理后台</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>活动目录</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>活动目录(&amp;C)</translation>
    </message>
    <message>
        <source>New &amp;event</source>
        <translation>新建活动(&amp;E)</translation>
    </message>
    <message>
        <source>New &amp;performance</source>
        <translation>新建场次(&amp;P)</translation>
    </message>
    <message>
        <source>New &amp;ticket type</source>
        <translation>新建票种(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the event, performance or ticket type being edited</source>
        <translation>保存正在编辑的活动、场次或票种</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected event, performance or ticket type</source>
        <translation>删除所选的活动、场次或票种</translation>
    </message>
    <message>
        <source>&amp;Filter events</source>
        <translation>筛选活动(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Only administrators manage users.</source>
        <translation>仅管理员可以管理用户。</translation>
    </message>
    <message>
        <source>%1 · connected to %2</source>
        <translation>%1 · 已连接到 %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>连接已断开，正在重新连接…</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>A new ticket type; for reserved seating, the seat map where price categories are made</source>
        <translation>新建票种；对号入座的场次则打开座位图，在其中创建票价类别</translation>
    </message>
    <message>
        <source>Seats and p&amp;rices…</source>
        <translation>座位与票价(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Venues</source>
        <translation>场馆(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;opy ticket types from…</source>
        <translation>从其他场次复制票种(&amp;O)…</translation>
    </message>
    <message>
        <source>Copy the ticket types of another performance into the selected one</source>
        <translation>将其他场次的票种复制到所选场次</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>报表(&amp;P)</translation>
    </message>
</context>
<context>
    <name>mq::client::AppController</name>
    <message>
        <source>Your saved session has ended. Please sign in again.</source>
        <translation>已保存的登录状态已失效，请重新登录。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Customer view</source>
        <translation>顾客界面(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Box office</source>
        <translation>售票处(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>管理后台(&amp;A)</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again.</source>
        <translation>您已退出登录，请重新登录。</translation>
    </message>
    <message>
        <source>&amp;Door check-in</source>
        <translation>入口检票(&amp;D)</translation>
    </message>
</context>
<context>
    <name>mq::client::AuditLogModel</name>
    <message>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Event created</source>
        <translation>创建活动</translation>
    </message>
    <message>
        <source>Event changed</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Performance created</source>
        <translation>创建场次</translation>
    </message>
    <message>
        <source>Performance changed</source>
        <translation>修改场次</translation>
    </message>
    <message>
        <source>Performance deleted</source>
        <translation>删除场次</translation>
    </message>
    <message>
        <source>Ticket type created</source>
        <translation>创建票种</translation>
    </message>
    <message>
        <source>Ticket type changed</source>
        <translation>修改票种</translation>
    </message>
    <message>
        <source>Ticket type deleted</source>
        <translation>删除票种</translation>
    </message>
    <message>
        <source>Cash sale</source>
        <translation>现金售票</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Venue created</source>
        <translation>创建场馆</translation>
    </message>
    <message>
        <source>Venue deleted</source>
        <translation>删除场馆</translation>
    </message>
    <message>
        <source>Seats moved to a category</source>
        <translation>座位移入票价类别</translation>
    </message>
    <message>
        <source>Seats blocked</source>
        <translation>屏蔽座位</translation>
    </message>
    <message>
        <source>Seats unblocked</source>
        <translation>取消屏蔽座位</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date in the audit log</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in the audit log</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>event title, start</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>performance, venue</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>ticket type — performance</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Seating</source>
        <translation>座位模式</translation>
    </message>
    <message>
        <source>Leave no single seat</source>
        <translation>不留单个空座</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>票价</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>总票数</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>门票</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Performances</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln 个座位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln 张票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserved seating</source>
        <translation>对号入座</translation>
    </message>
    <message>
        <source>General admission</source>
        <translation>自由入座</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
</context>
<context>
    <name>mq::client::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>审计日志记录</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>加载更多(&amp;L)</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>选择一条记录，查看具体变更内容。</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>正在加载审计日志…</translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation>无法加载审计日志：%1</translation>
    </message>
    <message>
        <source>Audit log loaded.</source>
        <translation>审计日志已加载。</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Every change to the catalog, every role change, refund and cash sale: who, when, and what changed.</source>
        <translation>活动目录的每次修改、每次角色变更、每笔退款和现金售票：由谁、在何时、改了什么。</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>    Cash sales</source>
        <translation>    现金售票</translation>
    </message>
    <message>
        <source>    Refunds</source>
        <translation>    退款</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <source>All performances</source>
        <translation>全部场次</translation>
    </message>
    <message>
        <source>All ticket types</source>
        <translation>全部票种</translation>
    </message>
    <message>
        <source>    Ticket types changed</source>
        <translation>    修改票种</translation>
    </message>
    <message>
        <source>All seat changes</source>
        <translation>全部座位变更</translation>
    </message>
    <message>
        <source>All venues</source>
        <translation>全部场馆</translation>
    </message>
    <message>
        <source>Role changes</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Entries from the start of this day (local time)</source>
        <translation>从当天开始起的记录（本地时间）</translation>
    </message>
    <message>
        <source>Entries up to the end of this day (local time)</source>
        <translation>截至当天结束的记录（本地时间）</translation>
    </message>
    <message>
        <source>Clear filte&amp;rs</source>
        <translation>清除筛选(&amp;R)</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>清除所有筛选条件</translation>
    </message>
    <message>
        <source>U&amp;ser</source>
        <translation>用户(&amp;S)</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>操作(&amp;T)</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>变更内容(&amp;H)</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln entries shown.</source>
        <translation>
            <numerusform>已显示全部 %Ln 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Newest %Ln entries shown.</source>
        <translation>
            <numerusform>已显示最新的 %Ln 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — by %3, %4</source>
        <translation>%1：%2 — 操作人：%3，%4</translation>
    </message>
    <message>
        <source>Nothing recorded about the change.</source>
        <translation>未记录变更内容。</translation>
    </message>
</context>
<context>
    <name>mq::client::BoxOfficeWindow</name>
    <message>
        <source>Box Office</source>
        <translation>售票处</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>售票</translation>
    </message>
    <message>
        <source>Sell tickets (F2)</source>
        <translation>售票（F2）</translation>
    </message>
    <message>
        <source>Orders and refunds</source>
        <translation>订单与退款</translation>
    </message>
    <message>
        <source>Find an order, reprint or refund it (F3)</source>
        <translation>查找订单，重新打印门票或退款（F3）</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>正在等待服务器响应</translation>
    </message>
    <message>
        <source>Order %1 refunded.</source>
        <translation>订单 %1 已退款。</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>售票(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation>下一位顾客(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;performance</source>
        <translation>查找场次(&amp;P)</translation>
    </message>
    <message>
        <source>Pay in &amp;cash</source>
        <translation>现金支付(&amp;C)</translation>
    </message>
    <message>
        <source>Pay by car&amp;d</source>
        <translation>银行卡支付(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;xact amount given</source>
        <translation>实收金额正好(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Find order…</source>
        <translation>查找订单(&amp;F)…</translation>
    </message>
    <message>
        <source>Cancel and &amp;refund…</source>
        <translation>取消并退款(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save tickets as PDF…</source>
        <translation>将门票另存为 PDF(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>Sale %1 complete: %n ticket(s).</source>
        <translation>
            <numerusform>交易完成：订单 %1，共 %n 张票。</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer from the server, so the sale may or may not have gone through. Check Orders and refunds › Your recent sales before selling again.</source>
        <translation>服务器无响应，无法确定本笔交易是否成功。请先在“订单与退款 › 我的近期销售”中核实，再重新售票。</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Not connected. Reconnecting…</source>
        <translation>未连接，正在重新连接…</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>当前登录：%1</translation>
    </message>
    <message>
        <source>&amp;Best available seats</source>
        <translation>最佳可选座位(&amp;B)</translation>
    </message>
    <message>
        <source>Pick seats on the &amp;map</source>
        <translation>在座位图上选座(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Hold selected seats</source>
        <translation>保留所选座位(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;lease held seats</source>
        <translation>释放保留的座位(&amp;L)</translation>
    </message>
    <message>
        <source>Choose a price category first.</source>
        <translation>请先选择票价类别。</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s): %1</source>
        <translation>
            <numerusform>%n 个座位：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold seats first: the number of seats, then F7 for the best available, or F4 to pick them on the map.</source>
        <translation>请先保留座位：输入座位数后按 F7 选择最佳可选座位，或按 F4 在座位图上选座。</translation>
    </message>
    <message>
        <source>Printing sett&amp;ings…</source>
        <translation>打印设置(&amp;I)…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>C&amp;omplete sale</source>
        <translation>完成交易(&amp;O)</translation>
    </message>
    <message>
        <source>Print &amp;tickets after each sale</source>
        <translation>每笔交易后打印门票(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Print tickets</source>
        <translation>打印门票(&amp;P)</translation>
    </message>
    <message>
        <source>Nothing was sold or charged: change the %1 line and try again.</source>
        <translation>未售出任何门票，也未收取任何费用：请修改“%1”这一行后重试。</translation>
    </message>
    <message>
        <source>Order %1 is not paid: its tickets admit nobody and are not printed.</source>
        <translation>订单 %1 未支付：其门票不能入场，因此不予打印。</translation>
    </message>
    <message>
        <source>Tickets of %1: %2</source>
        <translation>订单 %1 的门票：%2</translation>
    </message>
    <message>
        <source>%1 · estimated wait: %2</source>
        <translation>%1 · 预计等待：%2</translation>
    </message>
</context>
<context>
    <name>mq::client::BuyDialog</name>
    <message>
        <source>Buy tickets — %1</source>
        <translation>购票 — %1</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Continue to payment</source>
        <translation>去支付</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>确认支付</translation>
    </message>
    <message>
        <source>Thank you! Your tickets are booked.</source>
        <translation>购票成功！感谢您的购买。</translation>
    </message>
    <message>
        <source>&amp;Print tickets…</source>
        <translation>打印门票(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>正在支付…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s), %1 paid. You find them any time under “My tickets”.</source>
        <translation>
            <numerusform>共 %n 张票，已支付 %1。您可随时在“我的门票”中查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>票价</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>余票</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>%1 的数量</translation>
    </message>
    <message>
        <source>%L1 × %2</source>
        <translation>%2 × %L1</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln left now.</source>
        <translation>
            <numerusform>现仅剩 %Ln 张。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out now.</source>
        <translation>现已售罄。</translation>
    </message>
    <message>
        <source>%1 — total %2</source>
        <translation>%1 — 合计 %2</translation>
    </message>
    <message>
        <source>One order holds at most %L1 kinds of tickets.</source>
        <translation>每个订单最多包含 %L1 种票。</translation>
    </message>
    <message>
        <source>%1 No tickets were booked: check the card&apos;s details or try another card.</source>
        <translation>%1 未预订任何门票：请检查银行卡信息，或换一张卡再试。</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln left: the quantity is now what is left.</source>
        <translation>
            <numerusform>仅剩 %Ln 张：数量已调整为剩余张数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out: choose another ticket type.</source>
        <translation>已售罄：请选择其他票种。</translation>
    </message>
    <message>
        <source>The server did not confirm the purchase, so it may have gone through. Check “My tickets” before trying again.</source>
        <translation>服务器没有确认这笔购买，它可能已经成功。再次购买前请先查看“我的门票”。</translation>
    </message>
    <message>
        <source>Waiting for your turn…</source>
        <translation>正在排队…</translation>
    </message>
</context>
<context>
    <name>mq::client::CatalogBrowser</name>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Search events, places…</source>
        <translation>搜索活动、地点…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Nothing matches. Try another category, word or date.</source>
        <translation>没有找到相关活动，试试换个分类、关键词或日期。</translation>
    </message>
    <message>
        <source>Choose an event</source>
        <translation>请选择活动</translation>
    </message>
    <message>
        <source>&amp;Dates and times</source>
        <translation>场次(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;ickets</source>
        <translation>票种(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Buy tickets…</source>
        <translation>购票(&amp;B)…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) on sale</source>
        <translation>
            <numerusform>共 %n 个在售活动</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>从(&amp;M)：</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Choose s&amp;eats…</source>
        <translation>选座(&amp;E)…</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>不可售</translation>
    </message>
    <message numerus="yes">
        <source>%Ln left</source>
        <translation>
            <numerusform>剩余 %Ln 张</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::CatalogEventModel</name>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>首场日期</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) · %Ln performance(s)</source>
        <translation>
            <numerusform>%1（%2）· %Ln 个场次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::CatalogForm</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>mq::client::CatalogPage</name>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Start a new event (Ctrl+N)</source>
        <translation>新建活动（Ctrl+N）</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>筛选活动</translation>
    </message>
    <message>
        <source>No events yet. Create the first one with “New event”.</source>
        <translation>暂无活动。点击“新建活动”创建第一个活动。</translation>
    </message>
    <message>
        <source>New performance</source>
        <translation>新建场次</translation>
    </message>
    <message>
        <source>Add a performance to this event (Ctrl+Shift+N)</source>
        <translation>为该活动添加场次（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Performances</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>New ticket type</source>
        <translation>新建票种</translation>
    </message>
    <message>
        <source>Add a ticket type to this performance (Ctrl+T)</source>
        <translation>为该场次添加票种（Ctrl+T）</translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>正在加载活动目录…</translation>
    </message>
    <message>
        <source>Could not load the catalog: %1</source>
        <translation>无法加载活动目录：%1</translation>
    </message>
    <message>
        <source>Select or save an event first.</source>
        <translation>请先选择或保存一个活动。</translation>
    </message>
    <message>
        <source>Select or save a performance first.</source>
        <translation>请先选择或保存一个场次。</translation>
    </message>
    <message>
        <source>Select an event to delete.</source>
        <translation>请选择要删除的活动。</translation>
    </message>
    <message>
        <source>Seats and prices…</source>
        <translation>座位与票价…</translation>
    </message>
    <message>
        <source>Price this reserved performance&apos;s seats on its seat map: make price categories, move seats, block seats (Ctrl+T)</source>
        <translation>在座位图上为该对号入座场次的座位定价：创建票价类别、移动座位、屏蔽座位（Ctrl+T）</translation>
    </message>
    <message>
        <source>Select a performance with reserved seating first.</source>
        <translation>请先选择一个对号入座的场次。</translation>
    </message>
    <message>
        <source>Copy from…</source>
        <translation>复制自…</translation>
    </message>
    <message>
        <source>Copy ticket types from another performance</source>
        <translation>从其他场次复制票种</translation>
    </message>
    <message>
        <source>Copy the ticket types of another performance into this one (for reserved seating: of the same venue, seats included)</source>
        <translation>将其他场次的票种复制到本场次（对号入座场次仅限同一场馆，座位一并复制）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) in the catalog.</source>
        <translation>
            <numerusform>活动目录中共有 %Ln 个活动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket type(s) copied.</source>
        <translation>
            <numerusform>已复制 %Ln 个票种。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out: already there or without seats.</source>
        <translation>
            <numerusform>跳过 %Ln 个：已存在或没有座位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已中止：%1</translation>
    </message>
    <message>
        <source>Copying ticket types…</source>
        <translation>正在复制票种…</translation>
    </message>
</context>
<context>
    <name>mq::client::CatalogPerformanceModel</name>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>%1 — reserved seating</source>
        <translation>%1 — 对号入座</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>票种</translation>
    </message>
</context>
<context>
    <name>mq::client::CatalogTicketTypeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>票价</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>总票数</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>%1 — Sales stopped</source>
        <translation>%1 — 已停止销售</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
</context>
<context>
    <name>mq::client::CopyTicketTypesDialog</name>
    <message>
        <source>Copy ticket types</source>
        <translation>复制票种</translation>
    </message>
    <message>
        <source>Copy the price categories of another performance in the same venue: names, prices and which seats each one has.</source>
        <translation>复制同一场馆中其他场次的票价类别：名称、票价以及每个类别包含的座位。</translation>
    </message>
    <message>
        <source>Copy the ticket types of another performance: names, prices and capacities. Types with a name this performance already has are left out.</source>
        <translation>复制其他场次的票种：名称、票价和总票数。与本场次已有票种同名的将被跳过。</translation>
    </message>
    <message>
        <source>Filter by event, date or venue</source>
        <translation>按活动、日期或场馆筛选</translation>
    </message>
    <message>
        <source>Filter performances</source>
        <translation>筛选场次</translation>
    </message>
    <message>
        <source>Performances to copy from</source>
        <translation>可供复制的场次</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 — %Ln type(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 — %Ln 个票种</numerusform>
        </translation>
    </message>
    <message>
        <source>No other performance in this venue has price categories.</source>
        <translation>该场馆的其他场次都没有票价类别。</translation>
    </message>
    <message>
        <source>No other performance has ticket types yet.</source>
        <translation>其他场次暂无票种。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>mq::client::CustomerWindow</name>
    <message>
        <source>Marquee — Tickets</source>
        <translation>Marquee — 购票</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>我的门票</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号设置</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>浏览(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;My tickets</source>
        <translation>我的门票(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号设置(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>%1 · connected to %2</source>
        <translation>%1 · 已连接到 %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>连接已断开，正在重新连接…</translation>
    </message>
</context>
<context>
    <name>mq::client::DateTimeField</name>
    <message>
        <source>e.g. 2027-01-15 19:30</source>
        <translation>例如 2027-01-15 19:30</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>在日历上选择日期</translation>
    </message>
    <message>
        <source>Choose the date on a calendar; the time stays</source>
        <translation>在日历上选择日期，时间保持不变</translation>
    </message>
    <message>
        <source>Enter the date and time, e.g. 2027-01-15 19:30.</source>
        <translation>请输入日期和时间，例如 2027-01-15 19:30。</translation>
    </message>
    <message>
        <source>There is no such day.</source>
        <translation>该日期不存在。</translation>
    </message>
    <message>
        <source>There is no such time.</source>
        <translation>该时间不存在。</translation>
    </message>
    <message>
        <source>That time does not exist here: the clocks change then.</source>
        <translation>该时间在本地不存在：此时正值时钟调整。</translation>
    </message>
    <message>
        <source>Enter the date and time as year-month-day hours:minutes, e.g. 2027-01-15 19:30.</source>
        <translation>请按“年-月-日 时:分”的格式输入日期和时间，例如 2027-01-15 19:30。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Year-month-day and the time, in the venue&apos;s local time</source>
        <translation>年-月-日 时:分，采用场馆当地时间</translation>
    </message>
    <message>
        <source>Times are in %1</source>
        <translation>时间以 %1 为准</translation>
    </message>
</context>
<context>
    <name>mq::client::DisplayFormat</name>
    <message>
        <source>Row %1</source>
        <translation>%1 排</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>%1 座</translation>
    </message>
    <message>
        <source>Seats %1</source>
        <translation>%1 座</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>轮椅位</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>陪同座位</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>视线受限</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone</source>
        <translation>本机时区</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>mq::client::DoorStation</name>
    <message>
        <source>This scan could not be saved on this computer. Do not admit.</source>
        <translation>本次扫码无法保存到本机。请勿放行。</translation>
    </message>
    <message>
        <source>This admission is already on the server; undo it when the door is back online.</source>
        <translation>该入场记录已在服务器上；请在检票口恢复在线后再撤销。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>time · venue</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>title, time</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <comment>title, time · venue</comment>
        <translation>%1，%2 · %3</translation>
    </message>
    <message>
        <source>This scan may have reached the server; undo it when the door is back online.</source>
        <translation>这次扫码可能已送达服务器；请在检票口恢复联网后再撤销。</translation>
    </message>
    <message>
        <source>another gate</source>
        <translation>另一个检票口</translation>
    </message>
    <message>
        <source>The ticket&apos;s admission that counts was made at %1, not by this scan.</source>
        <translation>这张票有效的入场记录是在%1做出的，不是这次扫码。</translation>
    </message>
    <message>
        <source>The ticket&apos;s admission that counts was made at %1, %2, not by this scan.</source>
        <translation>这张票有效的入场记录是在%1（%2）做出的，不是这次扫码。</translation>
    </message>
    <message>
        <source>This scan is no longer on this computer.</source>
        <translation>这次扫码已不在本机上。</translation>
    </message>
    <message>
        <source>The server did not accept this scan, so it admitted no one.</source>
        <translation>服务器未接受这次扫码，因此没有人因此入场。</translation>
    </message>
    <message>
        <source>The server did not answer. Try again in a moment.</source>
        <translation>服务器没有响应，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>mq::client::DoorWindow</name>
    <message>
        <source>Door</source>
        <translation>检票</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>撤销上次扫码</translation>
    </message>
    <message>
        <source>Check-in at the door</source>
        <translation>入口检票</translation>
    </message>
    <message>
        <source>Choose the performance on the left, name this gate, then start. A USB barcode scanner types each ticket into the scan field; no camera needed.</source>
        <translation>请在左侧选择场次，为本检票口命名，然后开始检票。USB 扫码枪会把每张门票输入到扫码框中，无需摄像头。</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>&amp;Gate name</source>
        <translation>检票口名称(&amp;G)</translation>
    </message>
    <message>
        <source>Gate name</source>
        <translation>检票口名称</translation>
    </message>
    <message>
        <source>For example North, or Door 2</source>
        <translation>例如：北门、2 号门</translation>
    </message>
    <message>
        <source>Counted per gate; remembered on this computer.</source>
        <translation>按检票口分别计数；本机会记住该名称。</translation>
    </message>
    <message>
        <source>&amp;Start scanning</source>
        <translation>开始检票(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;hange show or gate</source>
        <translation>更换场次或检票口(&amp;H)</translation>
    </message>
    <message>
        <source>Sc&amp;an</source>
        <translation>扫码(&amp;A)</translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation>扫描门票</translation>
    </message>
    <message>
        <source>Scan a ticket&apos;s QR code — the scanner types here</source>
        <translation>扫描门票二维码 — 扫码枪会在此处输入</translation>
    </message>
    <message>
        <source>Share of ticket holders admitted</source>
        <translation>持票人入场比例</translation>
    </message>
    <message>
        <source>&amp;Manual entry (damaged ticket)</source>
        <translation>手动输入票号（门票破损时）(&amp;M)</translation>
    </message>
    <message>
        <source>Ticket code for manual entry</source>
        <translation>手动输入的票号</translation>
    </message>
    <message>
        <source>Code printed on the ticket</source>
        <translation>门票上印的票号</translation>
    </message>
    <message>
        <source>Adm&amp;it code</source>
        <translation>按票号入场(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Undo last scan (F9)</source>
        <translation>撤销上次扫码（F9）(&amp;U)</translation>
    </message>
    <message>
        <source>Takes back the last admission: F9 or Ctrl+Z</source>
        <translation>撤回上一次入场：F9 或 Ctrl+Z</translation>
    </message>
    <message>
        <source>S&amp;ounds</source>
        <translation>提示音(&amp;O)</translation>
    </message>
    <message>
        <source>Scanned at two gates</source>
        <translation>两个检票口重复扫码</translation>
    </message>
    <message>
        <source>Tickets scanned at two gates</source>
        <translation>在两个检票口都被扫码的门票</translation>
    </message>
    <message>
        <source>None so far. A ticket let in at two gates (one of them offline) shows here once both gates are online.</source>
        <translation>暂无。若同一张门票在两个检票口都被放行（其中一个当时离线），待两个检票口都恢复在线后，该票会显示在这里。</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>检票口：%1</translation>
    </message>
    <message>
        <source>Door — %1 — %2</source>
        <translation>检票 — %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded the offline scans: %n admitted</source>
        <translation>
            <numerusform>已上传离线扫码记录：%n 张已入场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admitted at another gate first (listed under “Scanned at two gates”)</source>
        <translation>
            <numerusform>%n 张已先在其他检票口入场（列在“两个检票口重复扫码”下）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n 张被服务器拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Admitted %L1 of %L2</source>
        <translation>已入场 %L1 / %L2</translation>
    </message>
    <message>
        <source>(no gate)</source>
        <translation>（未命名检票口）</translation>
    </message>
    <message>
        <source>%1 (this gate): %L2</source>
        <translation>%1（本检票口）：%L2</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1：%L2</translation>
    </message>
    <message>
        <source>No one admitted yet.</source>
        <translation>尚无人入场。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Offline — no downloaded list for this show: tickets cannot be checked until the connection returns.</source>
        <translation>离线 — 未下载本场次的票单：连接恢复前无法验票。</translation>
    </message>
    <message numerus="yes">
        <source>Offline — admitting from the downloaded list; %n scan(s) waiting to upload</source>
        <translation>
            <numerusform>离线 — 正在按已下载的票单验票；%n 条扫码记录待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back online — uploading %n offline scan(s)…</source>
        <translation>
            <numerusform>已恢复在线 — 正在上传 %n 条离线扫码记录…</numerusform>
        </translation>
    </message>
    <message>
        <source>Also admitted at %1, %2</source>
        <translation>另于 %2 在 %1 入场</translation>
    </message>
    <message>
        <source>Admitted at %1, %2</source>
        <translation>于 %2 在 %1 入场</translation>
    </message>
    <message>
        <source>Shows &amp;kept on this computer</source>
        <translation>本机保存的场次(&amp;K)</translation>
    </message>
    <message>
        <source>Offline: choose among the shows whose lists this door downloaded before. Its scans are uploaded when the connection returns.</source>
        <translation>离线：请从本检票口之前下载过名单的场次中选择。扫码记录会在恢复连接后上传。</translation>
    </message>
    <message>
        <source>Shows kept on this computer</source>
        <translation>本机保存的场次</translation>
    </message>
    <message>
        <source>None: this door has not downloaded any show&apos;s list yet. Connect to the server to choose a show.</source>
        <translation>无：本检票口还没有下载过任何场次的名单。请连接服务器后选择场次。</translation>
    </message>
    <message>
        <source>Performance %1</source>
        <translation>场次 %1</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>unknown ticket</source>
        <translation>未知门票</translation>
    </message>
    <message>
        <source>a ticket for another show</source>
        <translation>其他场次的门票</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 · admitted offline at %2, %3
Not accepted by the server: %4</source>
        <translation>%1 · 离线时在%2（%3）准予入场
服务器未接受：%4</translation>
    </message>
</context>
<context>
    <name>mq::client::EventForm</name>
    <message>
        <source>e.g. Jazz at the Bund</source>
        <translation>例如：外滩爵士之夜</translation>
    </message>
    <message>
        <source>What people should know before they buy</source>
        <translation>顾客购票前需要了解的信息</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Save event</source>
        <translation>保存活动</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>简介(&amp;D)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>创建活动</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>请输入活动名称。</translation>
    </message>
    <message>
        <source>Creating the event…</source>
        <translation>正在创建活动…</translation>
    </message>
    <message>
        <source>Saving the event…</source>
        <translation>正在保存活动…</translation>
    </message>
    <message>
        <source>Event created.</source>
        <translation>活动已创建。</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>活动已保存。</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>已创建“%1”。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Delete the event “%1”?</source>
        <translation>确定删除活动“%1”吗？</translation>
    </message>
    <message>
        <source>Deleting the event…</source>
        <translation>正在删除活动…</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>分类(&amp;Y)</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln performance(s) and their ticket types are deleted with it. This cannot be undone.</source>
        <translation>
            <numerusform>其 %Ln 个场次及相应票种将一并删除。此操作无法撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::EventListModel</name>
    <message numerus="yes">
        <source>%n dates</source>
        <translation>
            <numerusform>%n 场</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
</context>
<context>
    <name>mq::client::HoldCountdown</name>
    <message>
        <source>Your hold has ended</source>
        <translation>座位保留已结束</translation>
    </message>
    <message>
        <source>Seats held for %1</source>
        <translation>座位保留剩余 %1</translation>
    </message>
    <message numerus="yes">
        <source>Your seats are held for %n more minute(s)</source>
        <translation>
            <numerusform>您的座位将继续保留 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your seats are held for %n more second(s)</source>
        <translation>
            <numerusform>您的座位将继续保留 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking your hold with the server…</source>
        <translation>正在向服务器确认您的座位保留…</translation>
    </message>
</context>
<context>
    <name>mq::client::KioskWindow</name>
    <message>
        <source>Marquee — Self-service tickets</source>
        <translation>Marquee — 自助售票</translation>
    </message>
    <message>
        <source>Tickets, right here</source>
        <translation>自助购票，轻松便捷</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>%1，您好</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Nothing on sale in this category right now.</source>
        <translation>该分类下暂无在售活动。</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Choose tickets</source>
        <translation>立即购票</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>银行卡支付</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>确认支付</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>正在支付…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) for %1, %2. Paid %3.</source>
        <translation>
            <numerusform>%1，%2，共 %n 张票，已支付 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your tickets are booked</source>
        <translation>购票成功</translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation>打印门票</translation>
    </message>
    <message>
        <source>Finish and sign out</source>
        <translation>完成并退出登录</translation>
    </message>
    <message>
        <source>Printing your tickets…</source>
        <translation>正在打印您的门票…</translation>
    </message>
    <message>
        <source>The tickets could not be printed. Please ask a member of staff.</source>
        <translation>门票打印失败，请联系工作人员。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln left</source>
        <translation>
            <numerusform>剩余 %Ln 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose seats</source>
        <translation>选座</translation>
    </message>
    <message>
        <source>%1 Your seats are still held: try another card.</source>
        <translation>%1 您的座位仍为您保留，请换一张卡再试。</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>Sign in, create an account, or buy without one. You will be signed out automatically when you leave.</source>
        <translation>请登录或注册，也可以无需注册直接购票。离开时将自动退出登录。</translation>
    </message>
    <message>
        <source>No account?</source>
        <translation>没有账号？</translation>
    </message>
    <message>
        <source>Pay by card and take your tickets as QR codes or on paper, with an order code for the box office. Nothing is kept on this kiosk.</source>
        <translation>使用银行卡支付，门票以二维码或纸质票形式提供，并附有可在售票处使用的订单号。本自助售票机不保存任何信息。</translation>
    </message>
    <message>
        <source>Buy without an account</source>
        <translation>无需注册购买</translation>
    </message>
    <message>
        <source>Just a moment…</source>
        <translation>请稍候…</translation>
    </message>
    <message>
        <source>Buying without an account</source>
        <translation>访客购票</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>不可售</translation>
    </message>
    <message>
        <source>One %1 ticket fewer</source>
        <translation>%1 减少一张</translation>
    </message>
    <message>
        <source>One %1 ticket more</source>
        <translation>%1 增加一张</translation>
    </message>
    <message>
        <source>%L1 %2</source>
        <comment>how many of a ticket type: 2 Adult</comment>
        <translation>%2 %L1 张</translation>
    </message>
    <message>
        <source> + </source>
        <comment>between the ticket types of a basket: 2 Adult + 1 Child</comment>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s)</source>
        <translation>
            <numerusform>%1：%n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>not on sale</source>
        <translation>不可售</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>%1 each · %2</source>
        <translation>每张 %1 · %2</translation>
    </message>
    <message>
        <source>Choose how many tickets of each kind you want.</source>
        <translation>请选择每种票的购买数量。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n %1 ticket(s) left.</source>
        <translation>
            <numerusform>%1 仅剩 %n 张。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is sold out.</source>
        <translation>%1 已售罄。</translation>
    </message>
    <message>
        <source>%1 is no longer on sale.</source>
        <translation>%1 已停止销售。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing was charged. Please change your tickets and pay again.</source>
        <translation>未产生任何扣款。请修改所选门票后重新支付。</translation>
    </message>
    <message>
        <source>Your order code is %1 — show it at the box office. Without an account it is how your order is found, so keep it: take a photo of this screen.</source>
        <translation>您的订单号为 %1，可在售票处出示。未注册账号时需凭此订单号查找订单，请妥善保存：建议拍下此屏幕。</translation>
    </message>
    <message>
        <source>Your order code is %1 — show it at the box office, or find your tickets under “My tickets” when you sign in at home.</source>
        <translation>您的订单号为 %1，可在售票处出示；也可以回家登录后在“我的门票”中查看门票。</translation>
    </message>
    <message>
        <source>QR code of ticket %1</source>
        <translation>门票 %1 的二维码</translation>
    </message>
    <message>
        <source>Ticket %L1 of %L2</source>
        <translation>第 %L1 张（共 %L2 张）</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Show the QR codes above at the entrance (a photo of them will do), or your order code at the box office.</source>
        <translation>本自助售票机没有打印机。请在入口处出示上方的二维码（拍照即可），或在售票处出示订单号。</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Show the QR codes above at the entrance, or find your tickets under “My tickets” when you sign in at home.</source>
        <translation>本自助售票机没有打印机。请在入口处出示上方的二维码，或回家登录后在“我的门票”中查看门票。</translation>
    </message>
    <message>
        <source>Your purchase goes ahead by itself when it is your turn: please wait here, there is nothing else to do.</source>
        <translation>轮到您时，购买会自动进行：请在此等候，无需其他操作。</translation>
    </message>
    <message>
        <source>The server did not confirm the payment, so it may have gone through. Please ask a member of staff before paying again.</source>
        <translation>服务器没有确认这笔付款，它可能已经成功。再次付款前请询问工作人员。</translation>
    </message>
    <message>
        <source>Waiting for your turn…</source>
        <translation>正在排队…</translation>
    </message>
</context>
<context>
    <name>mq::client::OrderListModel</name>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已检票</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>When</source>
        <translation>场次时间</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%L1 × %2</source>
        <translation>%2 × %L1</translation>
    </message>
</context>
<context>
    <name>mq::client::OrderLookup</name>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Find order</source>
        <translation>查找订单</translation>
    </message>
    <message>
        <source>MQ-XXXX-XXXX-XX</source>
        <translation>MQ-XXXX-XXXX-XX</translation>
    </message>
    <message>
        <source>Order &amp;code</source>
        <translation>订单号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>查询(&amp;L)</translation>
    </message>
    <message>
        <source>Your recent sales</source>
        <translation>我的近期销售</translation>
    </message>
    <message>
        <source>Your recent sal&amp;es</source>
        <translation>我的近期销售(&amp;E)</translation>
    </message>
    <message>
        <source>Type or scan an order code and press Enter, or choose one of your recent sales.</source>
        <translation>输入或扫描订单号后按 Enter，或从近期销售中选择一笔订单。</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>门票</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>票号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Print &amp;tickets</source>
        <translation>打印门票(&amp;T)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Cancel and &amp;refund…</source>
        <translation>取消并退款(&amp;R)…</translation>
    </message>
    <message>
        <source>Type the order code from the customer&apos;s receipt or e-mail.</source>
        <translation>请输入顾客收据或邮件中的订单号。</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>正在查询 %1…</translation>
    </message>
    <message>
        <source>No order has the code %1. Check it and try again.</source>
        <translation>未找到订单号为 %1 的订单，请核对后重试。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Sold %1</source>
        <translation>售出时间：%1</translation>
    </message>
    <message>
        <source>paid by %1</source>
        <translation>支付方式：%1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Cancel and Refund</source>
        <translation>取消并退款</translation>
    </message>
    <message>
        <source>Cancel order %1 and refund %2?</source>
        <translation>确定取消订单 %1 并退款 %2 吗？</translation>
    </message>
    <message>
        <source>Give the customer %1 back in cash.</source>
        <translation>请以现金退还顾客 %1。</translation>
    </message>
    <message>
        <source>%1 goes back to the customer&apos;s card.</source>
        <translation>%1 将退回顾客的银行卡。</translation>
    </message>
    <message numerus="yes">
        <source>Its %n ticket(s) stop working at once and go back on sale. This cannot be undone.</source>
        <translation>
            <numerusform>该订单的 %n 张票将立即失效并重新开售。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel and refund</source>
        <translation>取消并退款</translation>
    </message>
    <message>
        <source>Keep order</source>
        <translation>保留订单</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Order cancelled. Give the customer %1 back in cash.</source>
        <translation>订单已取消。请以现金退还顾客 %1。</translation>
    </message>
    <message>
        <source>Order cancelled. %1 was refunded to the customer&apos;s card.</source>
        <translation>订单已取消，%1 已退回顾客的银行卡。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n ticket(s) · %2</source>
        <translation>
            <numerusform>%1 · %n 张 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1，%2，%3，%4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sales yet.</source>
        <translation>暂无销售记录。</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>座位：%1</translation>
    </message>
</context>
<context>
    <name>mq::client::OrdersPage</name>
    <message>
        <source>My orders</source>
        <translation>我的订单</translation>
    </message>
    <message>
        <source>No orders yet. Tickets you buy appear here.</source>
        <translation>暂无订单。您购买的门票会显示在这里。</translation>
    </message>
    <message>
        <source>Choose an order</source>
        <translation>请选择订单</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>取消订单(&amp;C)…</translation>
    </message>
    <message>
        <source>Loading your orders…</source>
        <translation>正在加载您的订单…</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>共 %n 笔订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3
%4 · %5</source>
        <translation>订单 %1 · %2 · %3
%4 · %5</translation>
    </message>
    <message>
        <source>QR code of ticket %1</source>
        <translation>门票 %1 的二维码</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Cancel order %1 and refund %2? Its tickets stop being valid.</source>
        <translation>确定取消订单 %1 并退款 %2 吗？订单中的门票将随即失效。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Order %1 cancelled; %2 refunded.</source>
        <translation>订单 %1 已取消，%2 已退款。</translation>
    </message>
    <message>
        <source>This order was cancelled: its tickets are no longer valid.</source>
        <translation>该订单已取消：其门票已失效。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Ticket %1 cancelled</source>
        <translation>门票 %1 已取消</translation>
    </message>
    <message>
        <source>Ticket %L1 of %L2 — %3</source>
        <translation>第 %L1 张（共 %L2 张）— %3</translation>
    </message>
    <message>
        <source>Cancelled — not valid for entry</source>
        <translation>已取消 — 不能用于入场</translation>
    </message>
</context>
<context>
    <name>mq::client::PaymentForm</name>
    <message>
        <source>MM/YY</source>
        <translation>MM/YY</translation>
    </message>
    <message>
        <source>Name on &amp;card:</source>
        <translation>持卡人姓名(&amp;C)：</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>卡号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>有效期(&amp;E)：</translation>
    </message>
    <message>
        <source>Security code (C&amp;VC):</source>
        <translation>安全码 CVC(&amp;V)：</translation>
    </message>
    <message>
        <source>Test gateway: 4242 4242 4242 4242 is approved, 4000 0000 0000 0002 is declined. The card number stays on this computer; only a payment token is sent.</source>
        <translation>测试支付通道：卡号 4242&#xa0;4242&#xa0;4242&#xa0;4242 支付成功，4000&#xa0;0000&#xa0;0000&#xa0;0002 支付被拒。卡号仅保留在本机，只会发送支付令牌。</translation>
    </message>
    <message>
        <source>Enter the name printed on the card.</source>
        <translation>请输入卡面上的持卡人姓名。</translation>
    </message>
    <message>
        <source>This card number is not valid. Check the digits.</source>
        <translation>卡号无效，请检查后重新输入。</translation>
    </message>
    <message>
        <source>Enter a future expiry date as MM/YY.</source>
        <translation>请按 MM/YY 格式输入尚未过期的有效期。</translation>
    </message>
    <message>
        <source>Enter the 3 or 4 digits on the back of the card.</source>
        <translation>请输入卡背面的 3 位或 4 位安全码。</translation>
    </message>
</context>
<context>
    <name>mq::client::PaymentPanel</name>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>现金(&amp;C)</translation>
    </message>
    <message>
        <source>Pay in cash (F5)</source>
        <translation>现金支付（F5）</translation>
    </message>
    <message>
        <source>Car&amp;d</source>
        <translation>银行卡(&amp;D)</translation>
    </message>
    <message>
        <source>Pay by card on the terminal (F6)</source>
        <translation>在刷卡终端上使用银行卡支付（F6）</translation>
    </message>
    <message>
        <source>F5 cash · F6 card</source>
        <translation>F5 现金 · F6 银行卡</translation>
    </message>
    <message>
        <source>e.g. 200</source>
        <translation>例如 200</translation>
    </message>
    <message>
        <source>Amount &amp;given</source>
        <translation>实收金额(&amp;G)</translation>
    </message>
    <message>
        <source>E&amp;xact</source>
        <translation>金额正好(&amp;X)</translation>
    </message>
    <message>
        <source>The customer gave the exact amount (F8)</source>
        <translation>顾客支付的金额正好，无需找零（F8）</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Card approved</source>
        <translation>刷卡成功</translation>
    </message>
    <message>
        <source>Card declined</source>
        <translation>刷卡被拒</translation>
    </message>
    <message>
        <source>Terminal &amp;result</source>
        <translation>终端结果(&amp;R)</translation>
    </message>
    <message>
        <source>Test terminal. The card is read at the terminal; its number never reaches Marquee.</source>
        <translation>测试终端。银行卡在刷卡终端上读取，卡号不会传送到 Marquee。</translation>
    </message>
    <message>
        <source>Print tic&amp;kets after the sale</source>
        <translation>交易完成后打印门票(&amp;K)</translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation>完成交易</translation>
    </message>
    <message>
        <source>Complete the sale (Enter in the amount field, or F12)</source>
        <translation>完成交易（在金额框中按 Enter，或按 F12）</translation>
    </message>
    <message>
        <source>Enter or F12</source>
        <translation>Enter 或 F12</translation>
    </message>
    <message>
        <source>Enter the amount the customer gave.</source>
        <translation>请输入顾客实付金额。</translation>
    </message>
    <message>
        <source>Not enough: %1 short.</source>
        <translation>金额不足，还差 %1。</translation>
    </message>
    <message>
        <source>Completing sale…</source>
        <translation>正在完成交易…</translation>
    </message>
</context>
<context>
    <name>mq::client::PerformanceForm</name>
    <message>
        <source>e.g. Peace Hotel Jazz Bar</source>
        <translation>例如：和平饭店爵士吧</translation>
    </message>
    <message>
        <source>Delete performance</source>
        <translation>删除场次</translation>
    </message>
    <message>
        <source>Save performance</source>
        <translation>保存场次</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>开始时间(&amp;S)</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>New performance</source>
        <translation>新建场次</translation>
    </message>
    <message>
        <source>Save the event first, then add its performances.</source>
        <translation>请先保存活动，再为其添加场次。</translation>
    </message>
    <message>
        <source>Add performance</source>
        <translation>添加场次</translation>
    </message>
    <message>
        <source>Enter where it takes place.</source>
        <translation>请输入举办场馆。</translation>
    </message>
    <message>
        <source>Adding the performance…</source>
        <translation>正在添加场次…</translation>
    </message>
    <message>
        <source>Saving the performance…</source>
        <translation>正在保存场次…</translation>
    </message>
    <message>
        <source>Performance added.</source>
        <translation>场次已添加。</translation>
    </message>
    <message>
        <source>Performance saved.</source>
        <translation>场次已保存。</translation>
    </message>
    <message>
        <source>Performance on %1 saved.</source>
        <translation>已保存 %1 的场次。</translation>
    </message>
    <message>
        <source>Delete the performance on %1 at %2?</source>
        <translation>确定删除 %1 在 %2 的场次吗？</translation>
    </message>
    <message>
        <source>Deleting the performance…</source>
        <translation>正在删除场次…</translation>
    </message>
    <message>
        <source>Deleted the performance on %1.</source>
        <translation>已删除 %1 的场次。</translation>
    </message>
    <message>
        <source>General admission</source>
        <translation>自由入座</translation>
    </message>
    <message>
        <source>Reserved seating</source>
        <translation>对号入座</translation>
    </message>
    <message>
        <source>Reserved seating sells the seats of a venue&apos;s seat map. It is chosen once, when the performance is added.</source>
        <translation>对号入座按场馆座位图出售座位。此项仅能在添加场次时设置一次。</translation>
    </message>
    <message>
        <source>The venue whose seats are sold. Venues are imported on the Venues tab.</source>
        <translation>出售其座位的场馆。场馆可在“场馆”标签页中导入。</translation>
    </message>
    <message>
        <source>Leave no sing&amp;le seat</source>
        <translation>不留单个空座(&amp;L)</translation>
    </message>
    <message>
        <source>Buyers may not hold seats that would leave one free seat alone between taken ones or at a row&apos;s end.</source>
        <translation>购票者保留座位时，不得在已占座位之间或排尾留下单个空座。</translation>
    </message>
    <message>
        <source>Seatin&amp;g</source>
        <translation>座位模式(&amp;G)</translation>
    </message>
    <message>
        <source>Seat &amp;map</source>
        <translation>座位图(&amp;M)</translation>
    </message>
    <message>
        <source>V&amp;enue</source>
        <translation>场馆(&amp;E)</translation>
    </message>
    <message>
        <source>No venues yet: import a seat map on the Venues tab first.</source>
        <translation>暂无场馆：请先在“场馆”标签页中导入座位图。</translation>
    </message>
    <message>
        <source>The venue&apos;s name, unless you write another</source>
        <translation>默认为场馆名称，也可另行填写</translation>
    </message>
    <message>
        <source>Import a venue on the Venues tab first.</source>
        <translation>请先在“场馆”标签页中导入场馆。</translation>
    </message>
    <message>
        <source>Choose the venue whose seats are sold.</source>
        <translation>请选择要出售其座位的场馆。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the performance, after asking</source>
        <translation>删除场次（删除前会确认）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save the performance (Enter, Ctrl+S)</source>
        <translation>保存场次（Enter、Ctrl+S）</translation>
    </message>
    <message>
        <source>Add the performance (Enter)</source>
        <translation>添加场次（Enter）</translation>
    </message>
    <message>
        <source>The start must be in the future. Check the date and time.</source>
        <translation>开始时间必须晚于现在，请检查日期和时间。</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln ticket type(s) are deleted with it. This cannot be undone.</source>
        <translation>
            <numerusform>其 %Ln 个票种将一并删除。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Where it takes place: its times are typed and shown in this zone</source>
        <translation>举办地所在的时区：场次时间按此时区输入和显示</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, e.g. Asia/Shanghai.</source>
        <translation>请从列表中选择时区，例如 Asia/Shanghai。</translation>
    </message>
</context>
<context>
    <name>mq::client::PerformanceSearch</name>
    <message>
        <source>Find &amp;performance</source>
        <translation>查找场次(&amp;P)</translation>
    </message>
    <message>
        <source>Title or venue, then Enter</source>
        <translation>输入活动名称或场馆后按 Enter</translation>
    </message>
    <message>
        <source>Upcoming performances</source>
        <translation>近期场次</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>No upcoming performances.</source>
        <translation>暂无近期场次。</translation>
    </message>
    <message>
        <source>Nothing upcoming matches “%1”.</source>
        <translation>没有与“%1”匹配的近期场次。</translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming performance(s). ↑↓ to move, Enter to choose.</source>
        <translation>
            <numerusform>共 %n 个近期场次。按 ↑↓ 移动，按 Enter 选择。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %L1 of %L2 performances. Type more to narrow down.</source>
        <translation>显示前 %L1 个场次（共 %L2 个）。输入更多内容可缩小范围。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln left</source>
        <translation>
            <numerusform>剩余 %Ln 张</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3 — %4</source>
        <translation>%1 — %2 — %3 — %4</translation>
    </message>
    <message>
        <source>%1
%2, %3
%4</source>
        <translation>%1
%2，%3
%4</translation>
    </message>
</context>
<context>
    <name>mq::client::PriceCategoryDialog</name>
    <message>
        <source>New Price Category</source>
        <translation>新建票价类别</translation>
    </message>
    <message>
        <source>e.g. Stalls A, Premium, Economy</source>
        <translation>例如：池座 A 区、贵宾、经济</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Price (%1)</source>
        <translation>票价 %1(&amp;P)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>票价（%1）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create category</source>
        <translation>创建类别</translation>
    </message>
    <message>
        <source>Enter a price such as 45.00.</source>
        <translation>请输入票价，例如 45.00。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected seat(s) go into the new category, leaving any category they were in.</source>
        <translation>
            <numerusform>所选的 %Ln 个座位将移入新类别，并离开原来所在的类别。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::PrintSettingsDialog</name>
    <message>
        <source>Printing Settings</source>
        <translation>打印设置</translation>
    </message>
    <message>
        <source>Where the tickets of this station go after each sale and when reprinted. Nothing is asked during a sale.</source>
        <translation>设置本售票台在每笔交易后以及重新打印时门票的输出位置。交易过程中不会再询问。</translation>
    </message>
    <message>
        <source>Send tickets to</source>
        <translation>门票输出到</translation>
    </message>
    <message>
        <source>A &amp;printer</source>
        <translation>打印机(&amp;P)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <source>The system&apos;s default printer (%1)</source>
        <translation>系统默认打印机（%1）</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <source>PDF files in a &amp;folder</source>
        <translation>文件夹中的 PDF 文件(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;older for PDF files</source>
        <translation>PDF 文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Folder for PDF files</source>
        <translation>PDF 文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>&amp;Three tickets on each A4 sheet</source>
        <translation>每张 A4 纸打印三张票(&amp;T)</translation>
    </message>
    <message>
        <source>O&amp;ne ticket per page</source>
        <translation>每页一张票(&amp;N)</translation>
    </message>
    <message>
        <source>Each order becomes one PDF file named after its code.</source>
        <translation>每个订单生成一个以订单号命名的 PDF 文件。</translation>
    </message>
    <message>
        <source>When the printer cannot print, the tickets are saved in the folder.</source>
        <translation>打印机无法打印时，门票将保存到该文件夹。</translation>
    </message>
    <message>
        <source>No printer is available now: the tickets are saved in the folder until it is.</source>
        <translation>当前没有可用的打印机：在打印机可用之前，门票将保存到该文件夹。</translation>
    </message>
    <message>
        <source>Folder for Ticket PDFs</source>
        <translation>门票 PDF 文件夹</translation>
    </message>
    <message>
        <source>Choose a folder for the PDF files.</source>
        <translation>请选择存放 PDF 文件的文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another one.</source>
        <translation>无法创建文件夹 %1，请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>mq::client::PurchaseRequest</name>
    <message>
        <source>The connection was lost. Trying again with the same purchase: it cannot be charged twice.</source>
        <translation>连接已断开。正在以同一笔购买重试：不会重复扣款。</translation>
    </message>
    <message>
        <source>The server is slow to answer. Asking again about the same purchase: it cannot be charged twice.</source>
        <translation>服务器响应较慢。正在再次询问同一笔购买：不会重复扣款。</translation>
    </message>
    <message numerus="yes">
        <source>The server is briefly unavailable. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>服务器暂时不可用。%n 秒后重试…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Many people are buying right now. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>现在购票的人很多。%n 秒后重试…</numerusform>
        </translation>
    </message>
    <message>
        <source>You are next in the queue</source>
        <translation>下一位就是您</translation>
    </message>
    <message>
        <source>You are number %L1 in the queue</source>
        <translation>您在队列中排第 %L1 位</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>约 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>So many people are buying right now that the server could not take the purchase. Nothing was charged: please try again in a few minutes.</source>
        <translation>现在购票的人太多，服务器无法受理这笔购买。没有扣款：请几分钟后再试。</translation>
    </message>
</context>
<context>
    <name>mq::client::QueueStatus</name>
    <message>
        <source>Your purchase goes ahead by itself when it is your turn: there is nothing else to do. Please keep this window open.</source>
        <translation>轮到您时，购买会自动进行，无需其他操作。请不要关闭此窗口。</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>预计等待：%1</translation>
    </message>
    <message>
        <source>Still working on your purchase</source>
        <translation>仍在处理您的购买</translation>
    </message>
</context>
<context>
    <name>mq::client::ReportExport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印时间：%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>mq::client::ReportTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%L1 %</source>
        <translation>%L1%</translation>
    </message>
</context>
<context>
    <name>mq::client::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>销售(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Box office</source>
        <translation>售票处(&amp;B)</translation>
    </message>
    <message>
        <source>Tickets sold and revenue over time, by ticket type, occupancy and refunds</source>
        <translation>售票数和收入的走势，以及按票种、上座率和退款的统计</translation>
    </message>
    <message>
        <source>Takings per clerk and payment method, and the cash expected in the drawer (Z report)</source>
        <translation>按售票员和支付方式统计的收款，以及钱箱中应有的现金（Z 报表）</translation>
    </message>
    <message>
        <source>How a show is selling, by the venue&apos;s days and hours, and what the box office took in a shift. Figures come straight from the server.</source>
        <translation>演出的销售情况（按场馆当地的日期和小时统计），以及售票处一个班次的收款。数据直接来自服务器。</translation>
    </message>
</context>
<context>
    <name>mq::client::SaleResultPanel</name>
    <message>
        <source>Sale complete</source>
        <translation>交易完成</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Print a&amp;gain</source>
        <translation>重新打印(&amp;G)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation>下一位顾客(&amp;N)</translation>
    </message>
    <message>
        <source>Start the next sale (Esc or F2)</source>
        <translation>开始下一笔交易（Esc 或 F2）</translation>
    </message>
    <message>
        <source>Esc or F2</source>
        <translation>Esc 或 F2</translation>
    </message>
    <message>
        <source>%1 × %2 · %3, %4</source>
        <translation>%2 × %1 · %3，%4</translation>
    </message>
    <message>
        <source>%1 paid in cash</source>
        <translation>现金支付 %1</translation>
    </message>
    <message>
        <source>%1 paid by card</source>
        <translation>银行卡支付 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%2 × %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>mq::client::SalesReportChart</name>
    <message>
        <source>Tickets sold and revenue over time</source>
        <translation>售票数和收入走势</translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation>售票数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>票数</translation>
    </message>
</context>
<context>
    <name>mq::client::SalesReportView</name>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>All performances</source>
        <translation>全部场次</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>First sale</source>
        <translation>首笔销售</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>按小时</translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation>导出 CSV(&amp;X)</translation>
    </message>
    <message>
        <source>Save a table of this report as a CSV file for a spreadsheet</source>
        <translation>将本报表中的一张表格保存为 CSV 文件，供电子表格使用</translation>
    </message>
    <message>
        <source>Figures over time…</source>
        <translation>按时间统计…</translation>
    </message>
    <message>
        <source>Sales by ticket type…</source>
        <translation>按票种统计销售…</translation>
    </message>
    <message>
        <source>Occupancy…</source>
        <translation>上座率…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the whole report, chart included, as a PDF to print or send</source>
        <translation>将整份报表（含图表）保存为 PDF，以便打印或发送</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>活动(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation>场次(&amp;P)</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>汇总方式(&amp;G)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation>售票数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净收入</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款笔数</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>总票数</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Refunded tickets</source>
        <translation>退票数</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可售</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>已入场</translation>
    </message>
    <message>
        <source>Sold %</source>
        <translation>售出率</translation>
    </message>
    <message>
        <source>Admitted %</source>
        <translation>入场率</translation>
    </message>
    <message>
        <source>Figures over time</source>
        <translation>按时间统计</translation>
    </message>
    <message>
        <source>Sales by ticket type</source>
        <translation>按票种统计销售</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>上座率</translation>
    </message>
    <message>
        <source>By tic&amp;ket type</source>
        <translation>按票种(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Occupancy</source>
        <translation>上座率(&amp;O)</translation>
    </message>
    <message>
        <source>Over t&amp;ime</source>
        <translation>按时间(&amp;I)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <source>Performance %1</source>
        <translation>场次 %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Hourly figures cover at most 366 days: choose a later start, or group by day.</source>
        <translation>按小时统计最多涵盖 366 天：请选择较晚的起始日期，或改为按天汇总。</translation>
    </message>
    <message>
        <source>Could not load the report: %1</source>
        <translation>无法加载报表：%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln order(s)</source>
        <translation>
            <numerusform>%1 · %Ln 笔订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sold yet in this range.</source>
        <translation>该时间范围内暂无销售。</translation>
    </message>
    <message>
        <source>%1, %2, grouped by %3 (%4).</source>
        <translation>%1，%2，按%3汇总（%4）。</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1, all performances</source>
        <translation>%1，全部场次</translation>
    </message>
    <message>
        <source>from the first sale to %1</source>
        <translation>从首笔销售至 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1，%2。</translation>
    </message>
    <message>
        <source>Tickets sold: %L1 · Revenue: %2 · Refunded: %3 · Net: %4</source>
        <translation>售票数：%L1 · 收入：%2 · 退款：%3 · 净收入：%4</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>销售报表</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>From the start of this day at the venue; “First sale” starts at the first ticket sold</source>
        <translation>从场馆当地这一天的开始算起；“首笔销售”从售出的第一张票开始</translation>
    </message>
    <message>
        <source>Up to the end of this day at the venue</source>
        <translation>截至场馆当地这一天结束</translation>
    </message>
    <message>
        <source>Days and hours in %1.</source>
        <translation>日期和小时按 %1 计算。</translation>
    </message>
</context>
<context>
    <name>mq::client::ScanBanner</name>
    <message>
        <source>Scan result</source>
        <translation>扫码结果</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>准予入场</translation>
    </message>
    <message>
        <source>Already admitted</source>
        <translation>该票已入场</translation>
    </message>
    <message>
        <source>Already admitted at %1</source>
        <translation>该票已于 %1 入场</translation>
    </message>
    <message>
        <source>Already admitted at %1, %2</source>
        <translation>该票已于 %2 在 %1 入场</translation>
    </message>
    <message>
        <source>Wrong show</source>
        <translation>场次不符</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>门票已取消</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>未知门票</translation>
    </message>
    <message>
        <source>Scan the QR code</source>
        <translation>请扫描二维码</translation>
    </message>
    <message>
        <source>Cannot check offline</source>
        <translation>离线时无法验票</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未能验票</translation>
    </message>
    <message>
        <source>Scan undone</source>
        <translation>已撤销扫码</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>门票 %1</translation>
    </message>
    <message>
        <source>Ticket %1 was let in before. Do not admit again.</source>
        <translation>门票 %1 此前已入场。请勿再次放行。</translation>
    </message>
    <message>
        <source>This ticket is for another performance.</source>
        <translation>此票属于其他场次。</translation>
    </message>
    <message>
        <source>This ticket is for %1</source>
        <translation>此票属于 %1</translation>
    </message>
    <message>
        <source>Ticket %1 was refunded. Do not admit.</source>
        <translation>门票 %1 已退款。请勿放行。</translation>
    </message>
    <message>
        <source>No ticket has this code. Check the ticket or type its code.</source>
        <translation>找不到该票号对应的门票。请检查门票，或手动输入票号。</translation>
    </message>
    <message>
        <source>Offline, only the QR code can be checked, not a typed code.</source>
        <translation>离线时只能验证二维码，无法验证手动输入的票号。</translation>
    </message>
    <message>
        <source>The list for this show was not downloaded before the connection was lost.</source>
        <translation>连接断开前未能下载本场次的票单。</translation>
    </message>
    <message>
        <source>Ticket %1 can be scanned again.</source>
        <translation>门票 %1 可以重新扫码。</translation>
    </message>
    <message>
        <source>Offline: signature checked, the scan is uploaded when the connection returns.</source>
        <translation>离线：已验证签名，扫码记录将在连接恢复后上传。</translation>
    </message>
    <message>
        <source>Offline: from the downloaded list and this gate&apos;s scans.</source>
        <translation>离线：依据已下载的票单和本检票口的扫码记录。</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>等待扫码</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code under the scanner.</source>
        <translation>请将门票二维码对准扫码枪。</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>未撤销</translation>
    </message>
</context>
<context>
    <name>mq::client::SeatCategoriesDialog</name>
    <message>
        <source>Seats and Prices — %1</source>
        <translation>座位与票价 — %1</translation>
    </message>
    <message>
        <source>Seats and prices</source>
        <translation>座位与票价</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Sections and &amp;rows</source>
        <translation>区和排(&amp;R)</translation>
    </message>
    <message>
        <source>Sections and rows</source>
        <translation>区和排</translation>
    </message>
    <message>
        <source>Section / row</source>
        <translation>区 / 排</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>Enter or double-click selects a row or a whole section</source>
        <translation>按 Enter 或双击可选中一排或整个区</translation>
    </message>
    <message>
        <source>Select ro&amp;w</source>
        <translation>选中整排(&amp;W)</translation>
    </message>
    <message>
        <source>Select s&amp;ection</source>
        <translation>选中整区(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Add to the selection</source>
        <translation>添加到选择(&amp;A)</translation>
    </message>
    <message>
        <source>Keep the seats already selected</source>
        <translation>保留已选中的座位</translation>
    </message>
    <message>
        <source>Seat ma&amp;p</source>
        <translation>座位图(&amp;P)</translation>
    </message>
    <message>
        <source>Seat map: select seats to price or block</source>
        <translation>座位图：选择要定价或屏蔽的座位</translation>
    </message>
    <message>
        <source>Loading the seat map…</source>
        <translation>正在加载座位图…</translation>
    </message>
    <message>
        <source>Price categories</source>
        <translation>票价类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>票价</translation>
    </message>
    <message>
        <source>Double-click a category to select its seats</source>
        <translation>双击某个类别可选中其所有座位</translation>
    </message>
    <message>
        <source>&amp;New price category…</source>
        <translation>新建票价类别(&amp;N)…</translation>
    </message>
    <message>
        <source>Make a price category of the selected seats</source>
        <translation>用所选座位创建票价类别</translation>
    </message>
    <message>
        <source>Select &amp;its seats</source>
        <translation>选中该类别的座位(&amp;I)</translation>
    </message>
    <message>
        <source>Selected seats</source>
        <translation>所选座位</translation>
    </message>
    <message>
        <source>Move &amp;to</source>
        <translation>移至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>Move the selected seats into this category</source>
        <translation>将所选座位移入此类别</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>屏蔽(&amp;B)</translation>
    </message>
    <message>
        <source>Take the selected seats off sale (a camera position, a broken seat…)</source>
        <translation>停售所选座位（如摄像机位、损坏的座位等）</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>取消屏蔽(&amp;U)</translation>
    </message>
    <message>
        <source>Put the selected blocked seats back</source>
        <translation>恢复所选的已屏蔽座位</translation>
    </message>
    <message>
        <source>C&amp;lear selection</source>
        <translation>清除选择(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Could not load the performance: %1</source>
        <translation>无法加载场次：%1</translation>
    </message>
    <message>
        <source>This performance has no seat map: it sells general admission.</source>
        <translation>该场次没有座位图：为自由入座。</translation>
    </message>
    <message>
        <source>Could not load the seat map: %1</source>
        <translation>无法加载座位图：%1</translation>
    </message>
    <message>
        <source>The seat map cannot be drawn: %1</source>
        <translation>无法绘制座位图：%1</translation>
    </message>
    <message>
        <source>Could not load the seats: %1</source>
        <translation>无法加载座位：%1</translation>
    </message>
    <message>
        <source>Drag a rectangle or click seats to select them; hold Ctrl or Shift to add. Changes by others appear as they happen.</source>
        <translation>拖出矩形框或点击座位即可选中；按住 Ctrl 或 Shift 可追加选择。他人所做的更改会实时显示。</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1 排</translation>
    </message>
    <message>
        <source>%1: %2 seats, %3 sold, %4 held</source>
        <translation>%1：%2 个座位，已售 %3，预留 %4</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>不可售</translation>
    </message>
    <message>
        <source>Seats in no price category: nobody can buy them</source>
        <translation>未划入任何票价类别的座位：无法购买</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>None. Drag a rectangle on the map, click seats, or pick rows and sections on the left.</source>
        <translation>未选择。请在座位图上拖出矩形框、点击座位，或在左侧选择排和区。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 %1 个</translation>
    </message>
    <message>
        <source>%1 not on sale</source>
        <translation>%1 个不可售</translation>
    </message>
    <message>
        <source>%1 blocked</source>
        <translation>%1 个已屏蔽</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; selected</source>
        <translation>已选 &lt;b&gt;%1&lt;/b&gt; 个</translation>
    </message>
    <message>
        <source>Held or sold: %1. Those cannot move or be blocked.</source>
        <translation>已保留或已售：%1 个，这些座位无法移动或屏蔽。</translation>
    </message>
    <message>
        <source>The selection holds seats that are not this venue&apos;s. Reload and try again.</source>
        <translation>所选内容包含不属于该场馆的座位。请重新加载后重试。</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>正在创建“%1”…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1，另有 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) are held or sold, so nothing was changed: %1. Leave them out of the selection and try again.</source>
        <translation>
            <numerusform>%Ln 个座位已被保留或售出，因此未做任何更改：%1。请将这些座位移出所选范围后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” created at %2 with %Ln seat(s).</source>
        <translation>
            <numerusform>已创建“%1”，票价 %2，共 %Ln 个座位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %Ln seat(s)…</source>
        <translation>
            <numerusform>正在移动 %Ln 个座位…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) moved to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 个座位移至“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocking %Ln seat(s)…</source>
        <translation>
            <numerusform>正在屏蔽 %Ln 个座位…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblocking %Ln seat(s)…</source>
        <translation>
            <numerusform>正在取消屏蔽 %Ln 个座位…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) blocked: they are not sold.</source>
        <translation>
            <numerusform>已屏蔽 %Ln 个座位：这些座位不会出售。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) unblocked.</source>
        <translation>
            <numerusform>已取消屏蔽 %Ln 个座位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::SeatErrors</name>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1 %2 排 %3 座</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else has just taken some of these seats. Please choose others.</source>
        <translation>部分座位刚刚被他人选走，请选择其他座位。</translation>
    </message>
    <message>
        <source>Someone else has just taken %1. Please choose other seats.</source>
        <translation>%1 刚刚被他人选走，请选择其他座位。</translation>
    </message>
    <message>
        <source>This choice would leave a single seat free on its own. Please choose seats without a gap.</source>
        <translation>此选择会留下单个空座，请选择连续的座位。</translation>
    </message>
    <message>
        <source>This choice would leave %1 free on its own. Please choose seats without a single-seat gap.</source>
        <translation>此选择会使 %1 成为单个空座，请选择不留单个空座的座位。</translation>
    </message>
    <message>
        <source>You can hold at most 20 seats for one performance.</source>
        <translation>每个场次最多可保留 20 个座位。</translation>
    </message>
    <message>
        <source>There are not that many seats together in this price category any more. Try fewer seats or another category.</source>
        <translation>该票价类别已没有这么多相连的座位，请减少座位数或选择其他类别。</translation>
    </message>
    <message>
        <source>Your hold has ended and the seats are back on sale. Nothing was charged.</source>
        <translation>座位保留已结束，座位已重新开售。未产生任何扣款。</translation>
    </message>
    <message>
        <source>A payment for these seats is already in progress. Please wait a moment.</source>
        <translation>这些座位的支付正在处理中，请稍候。</translation>
    </message>
    <message>
        <source>This performance has no reserved seats.</source>
        <translation>该场次不对号入座。</translation>
    </message>
    <message>
        <source>This performance has reserved seats: choose them on the seat map.</source>
        <translation>该场次为对号入座，请在座位图上选座。</translation>
    </message>
</context>
<context>
    <name>mq::client::SeatLegend</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>Held for you</source>
        <translation>为您保留</translation>
    </message>
    <message>
        <source>Held by someone else</source>
        <translation>他人已保留</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>不可售</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>轮椅位</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>陪同座位</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>视线受限</translation>
    </message>
</context>
<context>
    <name>mq::client::SeatListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Held for you</source>
        <translation>为您保留</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>轮椅位</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>陪同座位</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>视线受限</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座号</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>排</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>票价</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>mq::client::SeatMapData</name>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1 %2 排 %3 座</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>held for you</source>
        <translation>为您保留</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>wheelchair place</source>
        <translation>轮椅位</translation>
    </message>
    <message>
        <source>companion seat</source>
        <translation>陪同座位</translation>
    </message>
    <message>
        <source>restricted view</source>
        <translation>视线受限</translation>
    </message>
</context>
<context>
    <name>mq::client::SeatMapView</name>
    <message>
        <source>Seat map</source>
        <translation>座位图</translation>
    </message>
    <message>
        <source>Arrow keys move from seat to seat, Space selects, plus and minus zoom, 0 fits the map.</source>
        <translation>方向键在座位间移动，空格键选择，加号和减号缩放，0 键显示整张座位图。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seats</source>
        <translation>
            <numerusform>%Ln 个座位</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>不可售</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seats free</source>
        <translation>
            <numerusform>空余 %Ln 个座位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Row %2 · Seat %3</source>
        <translation>%1 · %2 排 · %3 座</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Held for you</source>
        <translation>为您保留</translation>
    </message>
    <message>
        <source>Wheelchair place</source>
        <translation>轮椅位</translation>
    </message>
    <message>
        <source>Companion seat (next to a wheelchair place)</source>
        <translation>陪同座位（紧邻轮椅位）</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>视线受限</translation>
    </message>
</context>
<context>
    <name>mq::client::SeatPicker</name>
    <message numerus="yes">
        <source>You can choose up to %n seat(s) at a time.</source>
        <translation>
            <numerusform>每次最多可选 %n 个座位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your hold has ended and the seats are back on sale. Choose seats again to continue.</source>
        <translation>座位保留已结束，座位已重新开售。请重新选座以继续。</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>全图</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>显示整张座位图</translation>
    </message>
    <message>
        <source>Show the whole map (0)</source>
        <translation>显示整张座位图（0）</translation>
    </message>
    <message>
        <source>Arrows move, Space picks, Enter holds</source>
        <translation>方向键移动，空格键选座，Enter 键保留</translation>
    </message>
    <message>
        <source>Click or drag over seats to choose · wheel, + or − to zoom · Space + drag to move</source>
        <translation>点击或拖选座位 · 滚轮、+ 或 − 缩放 · 按住空格拖动可移动座位图</translation>
    </message>
    <message>
        <source>Loading the seat map…</source>
        <translation>正在加载座位图…</translation>
    </message>
    <message>
        <source>Seat &amp;map</source>
        <translation>座位图(&amp;M)</translation>
    </message>
    <message>
        <source>Only &amp;free seats</source>
        <translation>仅显示空余座位(&amp;F)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Space or Enter selects the seat in the current row.</source>
        <translation>按空格键或 Enter 键选择当前行的座位。</translation>
    </message>
    <message>
        <source>Seat &amp;list</source>
        <translation>座位列表(&amp;L)</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>最佳可选座位</translation>
    </message>
    <message>
        <source>Price &amp;category</source>
        <translation>票价类别(&amp;C)</translation>
    </message>
    <message>
        <source>Number of &amp;seats</source>
        <translation>座位数(&amp;S)</translation>
    </message>
    <message>
        <source>Find &amp;best seats</source>
        <translation>查找最佳座位(&amp;B)</translation>
    </message>
    <message>
        <source>Hold the best seats together in this category</source>
        <translation>在此票价类别中保留相连的最佳座位</translation>
    </message>
    <message>
        <source>&amp;Hold seats</source>
        <translation>保留座位(&amp;H)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>清除所选座位</translation>
    </message>
    <message>
        <source>&amp;Release seats</source>
        <translation>释放座位(&amp;R)</translation>
    </message>
    <message>
        <source>Continue to &amp;payment</source>
        <translation>去支付(&amp;P)</translation>
    </message>
    <message>
        <source>This performance has no seat map.</source>
        <translation>该场次没有座位图。</translation>
    </message>
    <message>
        <source>The seat map could not be loaded. %1</source>
        <translation>无法加载座位图。%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 (%Ln left)</source>
        <translation>
            <numerusform>%1 · %2（剩余 %Ln）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 (sold out)</source>
        <translation>%1 · %2（已售罄）</translation>
    </message>
    <message>
        <source>%1 · Row %2 · %3</source>
        <translation>%1 · %2 排 · %3</translation>
    </message>
    <message>
        <source>Held for you</source>
        <translation>为您保留</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n seat(s)</source>
        <translation>
            <numerusform>添加 %n 个座位(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n seat(s) to the hold</source>
        <translation>
            <numerusform>将 %n 个座位加入保留(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap the seats you want (drag to move the map), or let us find the best ones.</source>
        <translation>点击想要的座位（拖动可移动座位图），或由我们为您挑选最佳座位。</translation>
    </message>
    <message>
        <source>Number of seats, then F7 for the best available; or F4 to pick them on the map.</source>
        <translation>输入座位数后按 F7 选择最佳可选座位；或按 F4 在座位图上选座。</translation>
    </message>
    <message>
        <source>Choose seats on the map, or let us find the best available ones.</source>
        <translation>在座位图上选座，或由我们为您挑选最佳可选座位。</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) chosen</source>
        <translation>
            <numerusform>已选 %n 个座位</numerusform>
        </translation>
    </message>
    <message>
        <source>Your seats</source>
        <translation>您的座位</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Choose seats on the map first.</source>
        <translation>请先在座位图上选座。</translation>
    </message>
    <message>
        <source>Choose a price category.</source>
        <translation>请选择票价类别。</translation>
    </message>
    <message>
        <source>Holding your seats…</source>
        <translation>正在为您保留座位…</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) held for you. Pay before the time runs out.</source>
        <translation>
            <numerusform>已为您保留 %n 个座位，请在倒计时结束前完成支付。</numerusform>
        </translation>
    </message>
    <message>
        <source>The seats were released.</source>
        <translation>座位已释放。</translation>
    </message>
    <message>
        <source>Your seats are still held for you.</source>
        <translation>您的座位仍为您保留。</translation>
    </message>
    <message>
        <source>Your hold ended while the connection was away; the seats are back on sale.</source>
        <translation>连接中断期间座位保留已结束，座位已重新开售。</translation>
    </message>
</context>
<context>
    <name>mq::client::SeatStates</name>
    <message>
        <source>Available</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>不可售</translation>
    </message>
</context>
<context>
    <name>mq::client::SeatedBuyDialog</name>
    <message>
        <source>Choose seats — %1</source>
        <translation>选座 — %1</translation>
    </message>
    <message>
        <source>Pay for your seats</source>
        <translation>支付座位费用</translation>
    </message>
    <message>
        <source>C&amp;hange seats</source>
        <translation>更换座位(&amp;H)</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>确认支付</translation>
    </message>
    <message>
        <source>Thank you! Your seats are booked.</source>
        <translation>选座购票成功！感谢您的购买。</translation>
    </message>
    <message>
        <source>&amp;Print tickets…</source>
        <translation>打印门票(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>正在支付…</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s), %1 paid. You find the tickets any time under “My tickets”.</source>
        <translation>
            <numerusform>共 %n 个座位，已支付 %1。您可随时在“我的门票”中查看门票。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Your seats are still held: try another card.</source>
        <translation>%1 您的座位仍为您保留，请换一张卡再试。</translation>
    </message>
    <message>
        <source>%L1 × %2</source>
        <translation>%2 × %L1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The server did not confirm the payment, so it may have gone through. Check “My tickets” before trying again.</source>
        <translation>服务器没有确认这笔付款，它可能已经成功。再次购买前请先查看“我的门票”。</translation>
    </message>
    <message>
        <source>Waiting for your turn…</source>
        <translation>正在排队…</translation>
    </message>
</context>
<context>
    <name>mq::client::SectionItem</name>
    <message numerus="yes">
        <source>%Ln seats</source>
        <translation>
            <numerusform>%Ln 个座位</numerusform>
        </translation>
    </message>
    <message>
        <source>not on sale</source>
        <translation>不可售</translation>
    </message>
    <message numerus="yes">
        <source>%Ln free</source>
        <translation>
            <numerusform>空余 %Ln 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::ShiftReportView</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Shift from</source>
        <translation>班次开始</translation>
    </message>
    <message>
        <source>The start of the shift, local time</source>
        <translation>班次开始时间（本地时间）</translation>
    </message>
    <message>
        <source>Shift to</source>
        <translation>班次结束</translation>
    </message>
    <message>
        <source>The end of the shift, local time</source>
        <translation>班次结束时间（本地时间）</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>售票员</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>今天(&amp;Y)</translation>
    </message>
    <message>
        <source>From midnight to the end of today</source>
        <translation>从今天零点到今天结束</translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation>导出 CSV(&amp;X)</translation>
    </message>
    <message>
        <source>Save a table of this report as a CSV file for a spreadsheet</source>
        <translation>将本报表中的一张表格保存为 CSV 文件，供电子表格使用</translation>
    </message>
    <message>
        <source>Takings by clerk and method…</source>
        <translation>按售票员和支付方式统计收款…</translation>
    </message>
    <message>
        <source>Cash drawers…</source>
        <translation>钱箱…</translation>
    </message>
    <message>
        <source>Takings by payment method…</source>
        <translation>按支付方式统计收款…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the Z report as a PDF to print or sign</source>
        <translation>将 Z 报表保存为 PDF，以便打印或签字</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;lerk</source>
        <translation>售票员(&amp;L)</translation>
    </message>
    <message>
        <source>Cash expected in the drawer</source>
        <translation>钱箱应有现金</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净收款</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款笔数</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>现金收款</translation>
    </message>
    <message>
        <source>Cash refunded</source>
        <translation>现金退款</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>All takings</source>
        <translation>全部收款</translation>
    </message>
    <message>
        <source>Takings by clerk and method</source>
        <translation>按售票员和支付方式统计收款</translation>
    </message>
    <message>
        <source>Cash drawers</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <source>Takings by payment method</source>
        <translation>按支付方式统计收款</translation>
    </message>
    <message>
        <source>By clerk and meth&amp;od</source>
        <translation>按售票员和支付方式(&amp;O)</translation>
    </message>
    <message>
        <source>Cash d&amp;rawers</source>
        <translation>钱箱(&amp;R)</translation>
    </message>
    <message>
        <source>By &amp;payment method</source>
        <translation>按支付方式(&amp;P)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>The end of the shift must be after its start.</source>
        <translation>班次结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load the report: %1</source>
        <translation>无法加载报表：%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 cash taken − %2 cash refunded</source>
        <translation>现金收款 %1 − 现金退款 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln sale(s)</source>
        <translation>
            <numerusform>%1 · %Ln 笔交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln refund(s)</source>
        <translation>
            <numerusform>%1 · %Ln 笔退款</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sold or refunded at the box office in this shift.</source>
        <translation>本班次售票处没有销售或退款。</translation>
    </message>
    <message>
        <source>all staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>Box office, %1: %2 to %3.</source>
        <translation>售票处，%1：%2 至 %3。</translation>
    </message>
    <message>
        <source>Cash expected in the drawer: %1 (%2 cash taken − %3 cash refunded)</source>
        <translation>钱箱应有现金：%1（现金收款 %2 − 现金退款 %3）</translation>
    </message>
    <message>
        <source>Taken: %1 · Refunded: %2 · Net: %3</source>
        <translation>收款：%1 · 退款：%2 · 净收款：%3</translation>
    </message>
    <message>
        <source>Box office Z report</source>
        <translation>售票处 Z 报表</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>mq::client::SignInDialog</name>
    <message>
        <source>Marquee — Sign in</source>
        <translation>Marquee — 登录</translation>
    </message>
    <message>
        <source>Welcome to Marquee</source>
        <translation>欢迎使用 Marquee</translation>
    </message>
    <message>
        <source>Cinema, concerts, exhibitions, flights and trains — one place for tickets.</source>
        <translation>电影、音乐会、展览、机票、火车票，一站式购票。</translation>
    </message>
</context>
<context>
    <name>mq::client::SignInForm</name>
    <message>
        <source>host:port, or tls://host:port</source>
        <translation>主机:端口，或 tls://主机:端口</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>在本机记住我(&amp;R)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>3–32 letters, digits, . _ -</source>
        <translation>3–32 位字母、数字或 . _ -</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>昵称(&amp;D)：</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>注册(&amp;C)</translation>
    </message>
    <message>
        <source>Enter the server as host:port, for example 127.0.0.1:7427.</source>
        <translation>请按“主机:端口”格式输入服务器地址，例如 127.0.0.1:7427。</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Not connected — retrying</source>
        <translation>未连接，正在重试</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Creating account…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>确认密码(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>mq::client::Theme</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>mq::client::TicketDelivery</name>
    <message>
        <source>The printer “%1” is not available. Tickets are saved as PDF files in %2.</source>
        <translation>打印机“%1”不可用。门票将以 PDF 文件保存到 %2。</translation>
    </message>
    <message>
        <source>No printer is set up at this station. Tickets are saved as PDF files in %1.</source>
        <translation>本售票台未设置打印机。门票将以 PDF 文件保存到 %1。</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>已在 %1 上打印。</translation>
    </message>
    <message>
        <source>The tickets could not be printed on %1.</source>
        <translation>无法在 %1 上打印门票。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the tickets. Choose another one in Printing settings.</source>
        <translation>无法创建存放门票的文件夹 %1。请在“打印设置”中选择其他文件夹。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>mq::client::TicketPrinter</name>
    <message>
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>This ticket was cancelled</source>
        <translation>此票已取消</translation>
    </message>
    <message>
        <source>It will not admit anyone. Any payment for it has been refunded.</source>
        <translation>此票不能用于入场，相关款项已退还。</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>温馨提示</translation>
    </message>
    <message>
        <source>Show this ticket at the entrance, printed or on a screen. Each QR code admits one person, once: do not share or copy it.</source>
        <translation>入场时请出示本票（纸质票或手机屏幕均可）。每个二维码仅限一人入场一次，请勿分享或复制。</translation>
    </message>
    <message>
        <source>If the code will not scan, staff can type in the ticket code printed beside it.</source>
        <translation>如二维码无法识别，工作人员可手动输入旁边印有的票号。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单信息</translation>
    </message>
    <message>
        <source>Order code: %1</source>
        <translation>订单号：%1</translation>
    </message>
    <message>
        <source>Ordered: %1</source>
        <translation>下单时间：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s), %1 paid by %2</source>
        <translation>
            <numerusform>共 %n 张票，%2支付 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets %1.pdf</source>
        <translation>门票 %1.pdf</translation>
    </message>
    <message>
        <source>This order has no tickets to print.</source>
        <translation>该订单没有可打印的门票。</translation>
    </message>
    <message>
        <source>Tickets for order %1</source>
        <translation>订单 %1 的门票</translation>
    </message>
    <message>
        <source>Cannot write %1. Check that the folder exists and that you may write there.</source>
        <translation>无法写入 %1。请检查文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <source>Tickets %1</source>
        <translation>门票 %1</translation>
    </message>
    <message>
        <source>Print Tickets</source>
        <translation>打印门票</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>门票</translation>
    </message>
    <message>
        <source>Three tickets on each A4 sheet</source>
        <translation>每张 A4 纸打印三张票</translation>
    </message>
    <message>
        <source>One ticket per page</source>
        <translation>每页一张票</translation>
    </message>
    <message>
        <source>The tickets could not be printed. Check the printer and try again.</source>
        <translation>门票打印失败，请检查打印机后重试。</translation>
    </message>
    <message>
        <source>Save Tickets as PDF</source>
        <translation>将门票另存为 PDF</translation>
    </message>
    <message>
        <source>PDF, one ticket per page (*.pdf)</source>
        <translation>PDF，每页一张票 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, three tickets per A4 page (*.pdf)</source>
        <translation>PDF，每张 A4 纸三张票 (*.pdf)</translation>
    </message>
    <message>
        <source>Your seat</source>
        <translation>您的座位</translation>
    </message>
</context>
<context>
    <name>mq::client::TicketRenderer</name>
    <message>
        <source>Checked in</source>
        <translation>已检票</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Marquee · Admit one</source>
        <translation>Marquee · 限一人入场</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>票价</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>票号</translation>
    </message>
    <message>
        <source>Order %1 · Ticket %2 of %3</source>
        <translation>订单 %1 · 第 %2 张（共 %3 张）</translation>
    </message>
    <message>
        <source>Scan at the entrance</source>
        <translation>请在入口处扫码</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>排</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>%1 座</translation>
    </message>
    <message>
        <source>Row %1 · Seat %2</source>
        <translation>%1 排 · %2 座</translation>
    </message>
</context>
<context>
    <name>mq::client::TicketSelection</name>
    <message>
        <source>&amp;Tickets</source>
        <translation>门票(&amp;T)</translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>One ticket fewer</source>
        <translation>减少一张</translation>
    </message>
    <message>
        <source>One fewer (−)</source>
        <translation>减一张（−）</translation>
    </message>
    <message>
        <source>One ticket more</source>
        <translation>增加一张</translation>
    </message>
    <message>
        <source>One more (+)</source>
        <translation>加一张（+）</translation>
    </message>
    <message>
        <source>+ and − keys</source>
        <translation>按 + 和 − 键</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No performance chosen</source>
        <translation>未选择场次</translation>
    </message>
    <message>
        <source>Find one on the left and press Enter.</source>
        <translation>请在左侧查找场次并按 Enter。</translation>
    </message>
    <message>
        <source>Choose a performance first.</source>
        <translation>请先选择场次。</translation>
    </message>
    <message>
        <source>%1 is sold out.</source>
        <translation>%1 已售罄。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n %1 ticket(s) left.</source>
        <translation>
            <numerusform>%1 仅剩 %n 张。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 at %3</source>
        <translation>%2 × %1，单价 %3</translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>行号</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n in the sale</source>
        <translation>
            <numerusform>%1，本次交易 %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the sale</source>
        <translation>
            <numerusform>本次交易 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Tickets of this type in the sale (+ and −)</source>
        <translation>本次交易中该票种的张数（+ 和 −）</translation>
    </message>
    <message>
        <source>Digits 1 to 9 choose a row; plus and minus change how many of it are in the sale.</source>
        <translation>数字键 1 到 9 选择一行；加号和减号调整该票种在本次交易中的张数。</translation>
    </message>
    <message>
        <source>How many seats best available looks for</source>
        <translation>自动选座（最佳可选座位）要查找的座位数</translation>
    </message>
    <message>
        <source>Tickets of the chosen type in this sale</source>
        <translation>本次交易中所选票种的张数</translation>
    </message>
    <message>
        <source>%1 is no longer on sale.</source>
        <translation>%1 已停止销售。</translation>
    </message>
    <message>
        <source>Choose a ticket type and a quantity.</source>
        <translation>请选择票种和数量。</translation>
    </message>
    <message>
        <source>One sale has at most %1 tickets.</source>
        <translation>每笔交易最多 %1 张票。</translation>
    </message>
    <message>
        <source>One sale has at most %1 ticket types.</source>
        <translation>每笔交易最多 %1 个票种。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%2 × %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>mq::client::TicketTypeCopier</name>
    <message>
        <source>Price categories can only be copied from a performance in the same venue.</source>
        <translation>只能从同一场馆的场次复制票价类别。</translation>
    </message>
</context>
<context>
    <name>mq::client::TicketTypeForm</name>
    <message>
        <source>e.g. Standard, Student, VIP</source>
        <translation>例如：普通票、学生票、VIP 票</translation>
    </message>
    <message>
        <source>Delete ticket type</source>
        <translation>删除票种</translation>
    </message>
    <message>
        <source>Save ticket type</source>
        <translation>保存票种</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Price (%1)</source>
        <translation>票价 %1(&amp;P)</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>New ticket type</source>
        <translation>新建票种</translation>
    </message>
    <message>
        <source>Pick or add a performance, then give it ticket types.</source>
        <translation>请先选择或添加场次，再为其设置票种。</translation>
    </message>
    <message>
        <source>Nothing sold yet.</source>
        <translation>暂未售出。</translation>
    </message>
    <message>
        <source>Add ticket type</source>
        <translation>添加票种</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Adding the ticket type…</source>
        <translation>正在添加票种…</translation>
    </message>
    <message>
        <source>Saving the ticket type…</source>
        <translation>正在保存票种…</translation>
    </message>
    <message>
        <source>Ticket type added.</source>
        <translation>票种已添加。</translation>
    </message>
    <message>
        <source>Ticket type saved.</source>
        <translation>票种已保存。</translation>
    </message>
    <message>
        <source>“%1” saved at %2.</source>
        <translation>已保存“%1”，票价 %2。</translation>
    </message>
    <message>
        <source>Delete the ticket type “%1”?</source>
        <translation>确定删除票种“%1”吗？</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>Deleting the ticket type…</source>
        <translation>正在删除票种…</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Capac&amp;ity</source>
        <translation>总票数(&amp;I)</translation>
    </message>
    <message>
        <source>Price category</source>
        <translation>票价类别</translation>
    </message>
    <message>
        <source>Price categories</source>
        <translation>票价类别</translation>
    </message>
    <message>
        <source>Price categories hold seats: make new ones on the seat map with “Seats and prices…”, then rename or reprice them here.</source>
        <translation>票价类别包含座位：请通过“座位与票价…”在座位图上新建类别，然后在此处重命名或修改票价。</translation>
    </message>
    <message>
        <source>Counted from the category&apos;s seats that are not blocked. Move seats on the seat map to change it.</source>
        <translation>按该类别中未屏蔽的座位计算。如需更改，请在座位图上移动座位。</translation>
    </message>
    <message>
        <source>The price of one ticket, e.g. %1</source>
        <translation>单张票价，例如 %1</translation>
    </message>
    <message>
        <source>Stop selling</source>
        <translation>停止销售</translation>
    </message>
    <message>
        <source>No new sales or holds of this ticket type; the tickets sold stay valid. It can be resumed.</source>
        <translation>该票种将不再出售或预留，已售门票仍然有效。之后可恢复销售。</translation>
    </message>
    <message>
        <source>Resume selling</source>
        <translation>恢复销售</translation>
    </message>
    <message>
        <source>Sell this ticket type again</source>
        <translation>重新出售该票种</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the ticket type, after asking</source>
        <translation>删除票种（删除前会确认）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Sales stopped</source>
        <translation>已停止销售</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) on sale · sold %L1 · held %L2 · free %L3</source>
        <translation>
            <numerusform>%Ln 个座位在售 · 已售 %L1 · 预留 %L2 · 空余 %L3</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold %L1 · held %L2 · remaining %L3</source>
        <translation>已售 %L1 · 预留 %L2 · 剩余 %L3</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save the ticket type (Enter, Ctrl+S)</source>
        <translation>保存票种（Enter、Ctrl+S）</translation>
    </message>
    <message>
        <source>Add the ticket type (Enter)</source>
        <translation>添加票种（Enter）</translation>
    </message>
    <message>
        <source>Enter a price such as %1 or %2.</source>
        <translation>请输入票价，例如 %1 或 %2。</translation>
    </message>
    <message>
        <source>A price cannot be negative. Enter 0 for free tickets.</source>
        <translation>票价不能为负数。免费票请输入 0。</translation>
    </message>
    <message>
        <source>A price can be at most %1.</source>
        <translation>票价最高为 %1。</translation>
    </message>
    <message>
        <source>Ticket type has sales</source>
        <translation>该票种已有售出</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %Ln ticket(s) sold, so it cannot be deleted.</source>
        <translation>
            <numerusform>“%1”已售出 %Ln 张票，因此无法删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop selling it instead: no new sales or holds, and the tickets sold stay valid. You can resume selling later.</source>
        <translation>可以改为停止销售：不再出售或预留，已售门票仍然有效。之后可以恢复销售。</translation>
    </message>
    <message>
        <source>Its sales are already stopped: nobody can buy it.</source>
        <translation>该票种已停止销售，无人可以购买。</translation>
    </message>
    <message>
        <source>Resuming the sales of “%1”…</source>
        <translation>正在恢复“%1”的销售…</translation>
    </message>
    <message>
        <source>Stopping the sales of “%1”…</source>
        <translation>正在停止“%1”的销售…</translation>
    </message>
    <message>
        <source>“%1” is on sale again.</source>
        <translation>“%1”已恢复销售。</translation>
    </message>
    <message>
        <source>Sales of “%1” stopped.</source>
        <translation>“%1”已停止销售。</translation>
    </message>
</context>
<context>
    <name>mq::client::TicketTypeModel</name>
    <message>
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>票价</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>不可售</translation>
    </message>
    <message numerus="yes">
        <source>%Ln left</source>
        <translation>
            <numerusform>剩余 %Ln 张</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
</context>
<context>
    <name>mq::client::TimeZoneComboBox</name>
    <message>
        <source>e.g. Asia/Shanghai</source>
        <translation>例如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>The IANA time zone of the place, e.g. Asia/Shanghai or Europe/London</source>
        <translation>当地的 IANA 时区，例如 Asia/Shanghai 或 Europe/London</translation>
    </message>
</context>
<context>
    <name>mq::client::UserTableModel</name>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Box office clerk</source>
        <translation>售票员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>A guest account, made for a purchase without signing up (role: %1)</source>
        <translation>访客账号，在无需注册购票时创建（角色：%1）</translation>
    </message>
</context>
<context>
    <name>mq::client::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Find an account and change what it may do. Customers buy tickets, box office clerks sell them, managers run the catalog, administrators also manage users.</source>
        <translation>查找账号并修改其权限。顾客可以购票，售票员可以售票，经理负责管理活动目录，管理员还可以管理用户。</translation>
    </message>
    <message>
        <source>Search by username or name</source>
        <translation>按用户名或昵称搜索</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>搜索用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Select a user in the list.</source>
        <translation>请在列表中选择一个用户。</translation>
    </message>
    <message>
        <source>&amp;Apply role</source>
        <translation>应用角色(&amp;A)</translation>
    </message>
    <message>
        <source>A new role signs that person out everywhere; they sign in again to use it.</source>
        <translation>更改角色后，该用户会在所有设备上退出登录，重新登录后新角色生效。</translation>
    </message>
    <message>
        <source>&amp;New role</source>
        <translation>新角色(&amp;N)</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>正在加载用户…</translation>
    </message>
    <message>
        <source>Could not load the users: %1</source>
        <translation>无法加载用户：%1</translation>
    </message>
    <message>
        <source>%1 (%2)
Current role: %3</source>
        <translation>%1（%2）
当前角色：%3</translation>
    </message>
    <message>
        <source>%1 already has that role.</source>
        <translation>%1 已经是该角色。</translation>
    </message>
    <message>
        <source>Change your own role</source>
        <translation>更改自己的角色</translation>
    </message>
    <message>
        <source>Change your own role to %1?</source>
        <translation>确定将自己的角色更改为“%1”吗？</translation>
    </message>
    <message>
        <source>You will be signed out and sign in again with the new role.</source>
        <translation>您将退出登录，之后需以新角色重新登录。</translation>
    </message>
    <message>
        <source>Change my role</source>
        <translation>更改我的角色</translation>
    </message>
    <message>
        <source>Changing the role of %1…</source>
        <translation>正在更改 %1 的角色…</translation>
    </message>
    <message>
        <source>The role of %1 is now: %2.</source>
        <translation>%1 的角色已更改为：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) found.</source>
        <translation>
            <numerusform>找到 %Ln 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;guest accounts</source>
        <translation>显示访客账号(&amp;G)</translation>
    </message>
    <message>
        <source>Guest accounts are made for purchases without signing up, one per purchase; they are left out of the list unless shown.</source>
        <translation>访客账号在无需注册购票时创建，每次购票一个；除非选择显示，否则不会列出。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest account(s) not shown.</source>
        <translation>
            <numerusform>另有 %Ln 个访客账号未显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::VenueBackdropItem</name>
    <message>
        <source>Screen</source>
        <translation>银幕</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>车头</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>舞台</translation>
    </message>
</context>
<context>
    <name>mq::client::VenueLayout</name>
    <message>
        <source>The layout has no sections.</source>
        <translation>布局中没有任何区。</translation>
    </message>
    <message>
        <source>Section %1 has no rows.</source>
        <translation>%1 区没有任何排。</translation>
    </message>
    <message>
        <source>Row %1 of section %2 has no seats.</source>
        <translation>%2 区 %1 排没有任何座位。</translation>
    </message>
    <message>
        <source>A seat in row %1 of section %2 has no valid position.</source>
        <translation>%2 区 %1 排有座位的位置无效。</translation>
    </message>
</context>
<context>
    <name>mq::client::VenueLayoutFile</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a venue layout (at most 32 MB).</source>
        <translation>%1 过大，不能作为场馆布局（最大 32 MB）。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (line %3, column %4).</source>
        <translation>%1 不是有效的 JSON：%2（第 %3 行，第 %4 列）。</translation>
    </message>
    <message>
        <source>%1 is not a venue layout: it should hold one JSON object.</source>
        <translation>%1 不是场馆布局文件：文件应包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 is not a venue layout: it needs “sections” (or “name” and “layout”).</source>
        <translation>%1 不是场馆布局文件：需要包含“sections”（或“name”和“layout”）。</translation>
    </message>
    <message>
        <source>The focus must be a point {x, y}.</source>
        <translation>焦点（focus）必须是坐标点 {x, y}。</translation>
    </message>
    <message>
        <source>The focus needs a number for %1.</source>
        <translation>焦点（focus）的 %1 必须是数字。</translation>
    </message>
    <message>
        <source>The layout has no sections.</source>
        <translation>布局中没有任何区。</translation>
    </message>
    <message>
        <source>A section must be an object with a name and rows.</source>
        <translation>区必须是包含名称（name）和排（rows）的对象。</translation>
    </message>
    <message>
        <source>The section has no name.</source>
        <translation>该区没有名称。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The section has no rows.</source>
        <translation>该区没有任何排。</translation>
    </message>
    <message>
        <source>A row must be an object with a label and seats.</source>
        <translation>排必须是包含标签（label）和座位（seats）的对象。</translation>
    </message>
    <message>
        <source>The row has no label.</source>
        <translation>该排没有标签。</translation>
    </message>
    <message>
        <source>The label is longer than %1 characters.</source>
        <translation>标签超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Row %1 appears twice in this section.</source>
        <translation>%1 排在该区中重复出现。</translation>
    </message>
    <message>
        <source>The row has no seats.</source>
        <translation>该排没有任何座位。</translation>
    </message>
    <message>
        <source>A seat must be an object with a label, x and y.</source>
        <translation>座位必须是包含标签（label）、x 和 y 的对象。</translation>
    </message>
    <message>
        <source>The seat has no label.</source>
        <translation>该座位没有标签。</translation>
    </message>
    <message>
        <source>Seat %1 appears twice in this row.</source>
        <translation>%1 座在该排中重复出现。</translation>
    </message>
    <message>
        <source>The seat needs a number for %1.</source>
        <translation>座位的 %1 必须是数字。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation>备注必须是文本。</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>A venue has at most %1 seats; this layout has %2.</source>
        <translation>场馆最多可有 %1 个座位，此布局有 %2 个。</translation>
    </message>
    <message>
        <source>the focus</source>
        <translation>焦点</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>%1 区</translation>
    </message>
    <message>
        <source>row number %1</source>
        <translation>第 %1 排</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1 排</translation>
    </message>
    <message>
        <source>seat number %1</source>
        <translation>第 %1 个座位</translation>
    </message>
    <message>
        <source>seat %1</source>
        <translation>%1 座</translation>
    </message>
    <message>
        <source>the layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>mq::client::VenueListModel</name>
    <message>
        <source>Venue</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln seat(s)</source>
        <translation>
            <numerusform>%1 — %Ln 个座位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mq::client::VenuesPage</name>
    <message>
        <source>Venues</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>&amp;Import layout…</source>
        <translation>导入布局(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a venue&apos;s seat layout from a JSON file, check it and see it drawn before saving it</source>
        <translation>从 JSON 文件读取场馆的座位布局，保存前先检查并预览绘制效果</translation>
    </message>
    <message>
        <source>No venues yet. Import a seat layout from a JSON file: a file holds {name, layout} or just the layout.</source>
        <translation>暂无场馆。请从 JSON 文件导入座位布局：文件可包含 {name, layout}，也可仅包含布局。</translation>
    </message>
    <message>
        <source>&amp;Delete venue…</source>
        <translation>删除场馆(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected venue (only while no performance uses it)</source>
        <translation>删除所选场馆（仅限没有场次使用该场馆时）</translation>
    </message>
    <message>
        <source>Choose a venue to see its seat map, or import a layout with “Import layout…”.</source>
        <translation>选择场馆以查看其座位图，或通过“导入布局…”导入布局。</translation>
    </message>
    <message>
        <source>e.g. Grand Theatre, Main Hall</source>
        <translation>例如：大剧院 主厅</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Disca&amp;rd</source>
        <translation>放弃(&amp;R)</translation>
    </message>
    <message>
        <source>Forget this file; nothing is saved</source>
        <translation>放弃此文件，不保存任何内容</translation>
    </message>
    <message>
        <source>&amp;Save venue</source>
        <translation>保存场馆(&amp;S)</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>场馆名称</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>区数</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>排数</translation>
    </message>
    <message>
        <source>Wheelchair places</source>
        <translation>轮椅位</translation>
    </message>
    <message>
        <source>Companion seats</source>
        <translation>陪同座位</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>视线受限</translation>
    </message>
    <message>
        <source>Seats with a note</source>
        <translation>有备注的座位</translation>
    </message>
    <message>
        <source>Problems in the layout</source>
        <translation>布局中的问题</translation>
    </message>
    <message>
        <source>Seat map of the venue</source>
        <translation>场馆座位图</translation>
    </message>
    <message>
        <source>Loading the venues…</source>
        <translation>正在加载场馆…</translation>
    </message>
    <message>
        <source>Could not load the venues: %1</source>
        <translation>无法加载场馆：%1</translation>
    </message>
    <message>
        <source>Import Venue Layout</source>
        <translation>导入场馆布局</translation>
    </message>
    <message>
        <source>Venue layouts (*.json)</source>
        <translation>场馆布局 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>新场馆</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>%1 cannot be saved. The first %2 problems:</source>
        <translation>%1 无法保存。前 %2 个问题：</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was saved.</source>
        <translation>%1 存在问题，未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be drawn: %2</source>
        <translation>无法绘制 %1：%2</translation>
    </message>
    <message>
        <source>Preview — not saved yet</source>
        <translation>预览 — 尚未保存</translation>
    </message>
    <message>
        <source>This file holds only the layout. Give the venue a name, then save it.</source>
        <translation>此文件仅包含布局。请为场馆命名后再保存。</translation>
    </message>
    <message>
        <source>%1 is drawn and ready to save.</source>
        <translation>%1 已绘制完成，可以保存。</translation>
    </message>
    <message>
        <source>Give the venue a name.</source>
        <translation>请为场馆命名。</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>正在保存“%1”…</translation>
    </message>
    <message>
        <source>Saved. Performances can now sell its seats.</source>
        <translation>已保存。现在可以在场次中出售该场馆的座位。</translation>
    </message>
    <message>
        <source>Venue “%1” saved.</source>
        <translation>场馆“%1”已保存。</translation>
    </message>
    <message>
        <source>The server refused the layout:</source>
        <translation>服务器拒绝了该布局：</translation>
    </message>
    <message>
        <source>Import discarded; nothing was saved.</source>
        <translation>已放弃导入，未保存任何内容。</translation>
    </message>
    <message>
        <source>Saved venue</source>
        <translation>已保存的场馆</translation>
    </message>
    <message>
        <source>A saved layout never changes: for other seats, import a new venue.</source>
        <translation>已保存的布局无法更改：如需其他座位布局，请导入新场馆。</translation>
    </message>
    <message>
        <source>Loading the seat map…</source>
        <translation>正在加载座位图…</translation>
    </message>
    <message>
        <source>Could not load the seat map: %1</source>
        <translation>无法加载座位图：%1</translation>
    </message>
    <message>
        <source>The seat map cannot be drawn: %1</source>
        <translation>无法绘制座位图：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Seats by section: %1</source>
        <translation>各区座位数：%1</translation>
    </message>
    <message>
        <source>Select a venue to delete.</source>
        <translation>请选择要删除的场馆。</translation>
    </message>
    <message>
        <source>Delete Venue</source>
        <translation>删除场馆</translation>
    </message>
    <message>
        <source>Delete the venue “%1”?</source>
        <translation>确定删除场馆“%1”吗？</translation>
    </message>
    <message>
        <source>Its seat map is deleted with it. A venue that performances use cannot be deleted.</source>
        <translation>其座位图将一并删除。已被场次使用的场馆无法删除。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>Venue “%1” deleted.</source>
        <translation>场馆“%1”已删除。</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: performances sell its seats. Delete those performances first.</source>
        <translation>无法删除“%1”：有场次正在出售其座位。请先删除这些场次。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s).</source>
        <translation>
            <numerusform>共 %Ln 个场馆。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be saved: %Ln problem(s) to fix in the file.</source>
        <translation>
            <numerusform>%1 无法保存：文件中有 %Ln 个问题需要修正。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more section(s)</source>
        <translation>
            <numerusform>另有 %Ln 个区</numerusform>
        </translation>
    </message>
    <message>
        <source>Venue time zone</source>
        <translation>场馆时区</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <source>Save time zone</source>
        <translation>保存时区</translation>
    </message>
    <message>
        <source>Move the venue to this time zone: its performances keep their moment and read their times in the new zone</source>
        <translation>将场馆改为此时区：其场次的实际时刻不变，时间改按新时区显示</translation>
    </message>
    <message>
        <source>Moving “%1” to %2…</source>
        <translation>正在将“%1”的时区改为 %2…</translation>
    </message>
    <message>
        <source>Its performances now read their times in %1.</source>
        <translation>其场次的时间现按 %1 显示。</translation>
    </message>
    <message>
        <source>Time zone saved.</source>
        <translation>时区已保存。</translation>
    </message>
</context>
</TS>

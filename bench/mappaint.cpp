// marquee-mappaint: how long a customer waits for a seat map, measured with the client's own seat
// map library. Connects to a server, signs in, finds a reserved performance (by default the demo's
// 50,000-seat stadium concert), then times catalog.getVenue and seats.getMap (on the wire, JSON
// parse, VenueLayout), building the SeatMapView, and its first paint offscreen, fitted and zoomed
// in. Prints the figures and the process's peak memory. A program that prints figures, not a test.

#include "procstats.h"
#include "seatmap/seatmapview.h"
#include "seatmap/venuelayout.h"
#include "shared/domain.h"
#include "shared/envelope.h"
#include "shared/frame.h"
#include "shared/jsonfields.h"
#include "shared/methods.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPaintEvent>
#include <QPixmap>
#include <QTcpSocket>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << u"marquee-mappaint: "_s << message << Qt::endl;
    std::exit(2);
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 1);
}

QString mib(qint64 kib)
{
    return kib < 0 ? u"?"_s : QString::number(double(kib) / 1024.0, 'f', 1);
}

void line(const QString &key, const QString &value)
{
    out() << QString(key + u':').leftJustified(24) << value << Qt::endl;
}

// How one request went, in nanoseconds from sending it.
struct Timing
{
    qint64 firstByteNs = 0; // the first byte of the answer arrived
    qint64 receivedNs = 0;  // the whole frame is in
    qint64 parseNs = 0;     // JSON text -> QJsonObject
    qsizetype bytes = 0;
};

// One connection, used synchronously: a measuring program has nothing else to do meanwhile.
class BlockingRpc
{
public:
    void connectTo(const QString &host, quint16 port)
    {
        m_socket.connectToHost(host, port);
        if (!m_socket.waitForConnected(10000))
            die(u"cannot connect to %1:%2: %3"_s.arg(host).arg(port).arg(m_socket.errorString()));
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }

    // The result object; dies on an error answer unless `error` is given.
    QJsonObject call(mq::Method method, const QJsonObject &params, Timing *timing = nullptr,
                     mq::RpcError *error = nullptr)
    {
        const qint64 id = m_nextId++;
        QElapsedTimer clock;
        clock.start();
        m_socket.write(mq::encodeFrame(mq::rpc::toPayload(
            mq::rpc::makeRequest(id, mq::methodName(method), params))));
        m_socket.flush();
        Timing t;
        QByteArray payload;
        mq::rpc::Message m;
        for (;;) {
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(120000))
                die(u"%1: no answer: %2"_s.arg(mq::methodName(method), m_socket.errorString()));
            if (t.firstByteNs == 0)
                t.firstByteNs = clock.nsecsElapsed();
            m_decoder.append(m_socket.readAll());
            const auto status = m_decoder.next(&payload);
            if (status == mq::FrameDecoder::Status::Error)
                die(u"framing error from the server"_s);
            if (status == mq::FrameDecoder::Status::NeedMore)
                continue;
            t.receivedNs = clock.nsecsElapsed();
            t.bytes = payload.size();
            const qint64 before = clock.nsecsElapsed();
            m = mq::rpc::decodeIncoming(payload);
            t.parseNs = clock.nsecsElapsed() - before;
            // A push is not our answer: read on.
            if (m.kind != mq::rpc::Message::Kind::Notification)
                break;
        }
        if (timing)
            *timing = t;
        if (m.isError) {
            if (error) {
                *error = m.error;
                return {};
            }
            die(u"%1: %2 %3 %4"_s.arg(mq::methodName(method)).arg(m.error.code).arg(m.error.reason,
                                                                                   m.error.message));
        }
        return m.result;
    }

private:
    QTcpSocket m_socket;
    mq::FrameDecoder m_decoder{mq::StaffMaxFrameSize};
    qint64 m_nextId = 1;
};

// The client's seat map, with every paint timed.
class TimedSeatMapView : public mq::client::SeatMapView
{
public:
    QList<qint64> paintNs;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QElapsedTimer t;
        t.start();
        mq::client::SeatMapView::paintEvent(event);
        paintNs.append(t.nsecsElapsed());
    }
};

qint64 median(QList<qint64> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// Paints the viewport now and returns how long its paintEvent took.
qint64 repaintNow(TimedSeatMapView &view)
{
    const qsizetype before = view.paintNs.size();
    view.viewport()->repaint();
    return view.paintNs.size() > before ? view.paintNs.constLast() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"marquee-mappaint"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times fetching and first painting a reserved performance's seat map with the client's "
        "SeatMapView (offscreen unless QT_QPA_PLATFORM says otherwise). By default the demo's "
        "stadium concert (marquee-server --demo) as the demo customer alice."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"server"_s, u"Server address."_s, u"HOST:PORT"_s, u"127.0.0.1:7427"_s},
        {u"user"_s, u"User name."_s, u"U"_s, u"alice"_s},
        {u"password"_s, u"Password."_s, u"P"_s, u"marquee-demo"_s},
        {u"event"_s, u"Search the catalog for this event."_s, u"TEXT"_s, u"Mayday"_s},
        {u"performance"_s, u"Or this performance id."_s, u"ID"_s},
        {u"size"_s, u"Window size."_s, u"WxH"_s, u"1280x800"_s},
        {u"repeat"_s, u"Fetch venue and map this many times more (warm figures)."_s, u"N"_s, u"5"_s},
        {u"save"_s, u"Save the painted images (fit.png, zoomed.png) in this folder."_s, u"DIR"_s},
    });
    parser.process(app);

    const QString server = parser.value(u"server"_s);
    const qsizetype colon = server.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? server.mid(colon + 1).toUInt(&portOk) : 0;
    if (!portOk || port == 0 || port > 65535)
        die(u"--server must be HOST:PORT"_s);
    const QStringList size = parser.value(u"size"_s).split(u'x');
    const int width = size.value(0).toInt();
    const int height = size.value(1).toInt();
    if (width < 240 || height < 180)
        die(u"--size must be at least 240x180"_s);
    const int repeat = qBound(0, parser.value(u"repeat"_s).toInt(), 100);

    BlockingRpc rpc;
    rpc.connectTo(server.left(colon), quint16(port));
    rpc.call(mq::Method::AuthLogin, {{u"username"_s, parser.value(u"user"_s)},
                                     {u"password"_s, parser.value(u"password"_s)}});
    const qint64 rssAfterLogin = procstats::rssKiB();

    // The performance: given, or the first reserved one of the event found by name.
    mq::Id performanceId = parser.value(u"performance"_s).toLongLong();
    QString title;
    if (performanceId == 0) {
        const QJsonObject r = rpc.call(mq::Method::CatalogListEvents, {{u"query"_s, parser.value(u"event"_s)}});
        const QJsonArray events = r.value(u"events"_s).toArray();
        for (const QJsonValue &e : events) {
            const mq::Event event = mq::Event::fromJson(e.toObject());
            for (const mq::Performance &p : event.performances) {
                if (p.venueId && performanceId == 0) {
                    performanceId = p.id;
                    title = event.title;
                }
            }
        }
        if (performanceId == 0)
            die(u"no reserved performance of an event matching \"%1\" (is the server running with --demo?)"_s
                    .arg(parser.value(u"event"_s)));
    }
    const mq::Performance performance = mq::Performance::fromJson(
        rpc.call(mq::Method::CatalogGetPerformance, {{u"performanceId"_s, performanceId}})
            .value(u"performance"_s)
            .toObject());
    if (!performance.venueId)
        die(u"performance %1 has no seat map"_s.arg(performanceId));
    QList<mq::TicketType> types = performance.ticketTypes;
    std::stable_sort(types.begin(), types.end(),
                     [](const mq::TicketType &a, const mq::TicketType &b) { return a.priceCents > b.priceCents; });

    // --- the timed path: as the seat picker does it, venue first, then the map ------------------
    QElapsedTimer total;
    total.start();
    Timing venueTiming;
    const QJsonObject venueResult =
        rpc.call(mq::Method::CatalogGetVenue, {{u"venueId"_s, *performance.venueId}}, &venueTiming);
    QElapsedTimer step;
    step.start();
    QString layoutError;
    const auto layout = mq::client::VenueLayout::fromJson(venueResult.value(u"venue"_s).toObject(), &layoutError);
    const qint64 layoutNs = step.nsecsElapsed();
    if (!layout)
        die(u"VenueLayout::fromJson: "_s + layoutError);

    TimedSeatMapView view;
    view.resize(width, height);
    step.start();
    view.setVenueShape(mq::client::VenueShape::Auto, u"concert"_s);
    view.setVenueLayout(*layout);
    const qint64 setLayoutNs = step.nsecsElapsed();
    step.start();
    view.setCategories(types);
    const qint64 setCategoriesNs = step.nsecsElapsed();

    Timing mapTiming;
    const QJsonObject map = rpc.call(mq::Method::SeatsGetMap, {{u"performanceId"_s, performanceId}}, &mapTiming);
    step.start();
    const QString status = map.value(u"status"_s).toString();
    QList<mq::Id> categories;
    const QJsonArray categoryArray = map.value(u"categories"_s).toArray();
    categories.reserve(categoryArray.size());
    for (const QJsonValue &v : categoryArray)
        categories.append(mq::jsonInteger(v).value_or(0));
    view.setSeatStates(status, categories);
    const qint64 setStatesNs = step.nsecsElapsed();

    // First paint: shown, fitted to the window (blocks when zoomed out), painted.
    step.start();
    view.show();
    QElapsedTimer wait;
    wait.start();
    while (view.paintNs.isEmpty() && wait.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 showToPaintNs = step.nsecsElapsed();
    const qint64 totalNs = total.nsecsElapsed();
    if (view.paintNs.isEmpty())
        die(u"the view was never painted (no platform plugin?)"_s);
    const qint64 firstPaintNs = view.paintNs.constFirst();
    const bool fitBlocks = view.showsBlocks();
    const double fitSeatPx = view.seatPixels();
    QList<qint64> fitRepaints;
    for (int i = 0; i < 5; ++i)
        fitRepaints.append(repaintNow(view));
    if (parser.isSet(u"save"_s)) {
        QDir().mkpath(parser.value(u"save"_s));
        view.grab().save(parser.value(u"save"_s) + u"/fit.png"_s);
    }

    // Zoomed in on the middle of the house: individual seats.
    const int middle = int(layout->seatCount() / 2);
    step.start();
    view.showSeats({layout->seat(middle).id});
    const qint64 zoomNs = step.nsecsElapsed();
    const qint64 zoomPaintNs = repaintNow(view);
    QList<qint64> zoomRepaints;
    for (int i = 0; i < 5; ++i)
        zoomRepaints.append(repaintNow(view));
    const bool zoomBlocks = view.showsBlocks();
    const double zoomSeatPx = view.seatPixels();
    if (parser.isSet(u"save"_s))
        view.grab().save(parser.value(u"save"_s) + u"/zoomed.png"_s);

    // A live change of 4 seats, painted.
    QJsonArray change;
    for (int i = 0; i < 4; ++i)
        change.append(QJsonObject{{u"id"_s, layout->seat(middle + i).id}, {u"status"_s, u"s"_s},
                                  {u"ticketTypeId"_s, categories.value(middle + i)}});
    step.start();
    view.applySeatChanges(change);
    const qint64 changeNs = step.nsecsElapsed();
    const qint64 changePaintNs = repaintNow(view);
    const qint64 rssAfterPaint = procstats::rssKiB();

    // Warm fetches: the server has the venue cached now; the JSON work is the same.
    QList<qint64> venueWire, venueParse, venueLayout, mapWire, mapParse;
    for (int i = 0; i < repeat; ++i) {
        Timing t;
        const QJsonObject v = rpc.call(mq::Method::CatalogGetVenue, {{u"venueId"_s, *performance.venueId}}, &t);
        venueWire.append(t.receivedNs);
        venueParse.append(t.parseNs);
        step.start();
        const auto again = mq::client::VenueLayout::fromJson(v.value(u"venue"_s).toObject());
        venueLayout.append(step.nsecsElapsed());
        Q_UNUSED(again)
        rpc.call(mq::Method::SeatsGetMap, {{u"performanceId"_s, performanceId}}, &t);
        mapWire.append(t.receivedNs);
        mapParse.append(t.parseNs);
    }

    int counts[5] = {0, 0, 0, 0, 0};
    for (const QChar c : status) {
        const int k = QStringView(u"ahsbx").indexOf(c);
        if (k >= 0)
            ++counts[k];
    }

    out() << u"== marquee-mappaint: \"%1\" performance %2, venue %3 \"%4\" (%5 seats, %6 sections) =="_s
                 .arg(title.isEmpty() ? u"?"_s : title)
                 .arg(performanceId)
                 .arg(*performance.venueId)
                 .arg(layout->name())
                 .arg(layout->seatCount())
                 .arg(layout->sections().size())
          << Qt::endl;
    line(u"map"_s, u"version %1: %2 available, %3 held, %4 sold, %5 blocked, %6 not on sale; %7 categories"_s
                       .arg(map.value(u"version"_s).toInteger())
                       .arg(counts[0]).arg(counts[1]).arg(counts[2]).arg(counts[3]).arg(counts[4])
                       .arg(types.size()));
    line(u"catalog.getVenue"_s,
         u"%1 KiB; first byte %2 ms, all in %3 ms; JSON parse %4 ms; VenueLayout::fromJson %5 ms"_s
             .arg(venueTiming.bytes / 1024)
             .arg(ms(venueTiming.firstByteNs), ms(venueTiming.receivedNs), ms(venueTiming.parseNs),
                  ms(layoutNs)));
    line(u"seats.getMap"_s, u"%1 KiB; first byte %2 ms, all in %3 ms; JSON parse %4 ms"_s
                                .arg(mapTiming.bytes / 1024)
                                .arg(ms(mapTiming.firstByteNs), ms(mapTiming.receivedNs),
                                     ms(mapTiming.parseNs)));
    line(u"SeatMapView"_s, u"setVenueLayout %1 ms, setCategories %2 ms, setSeatStates %3 ms"_s.arg(
                               ms(setLayoutNs), ms(setCategoriesNs), ms(setStatesNs)));
    line(u"first paint"_s, u"show -> painted %1 ms (paintEvent %2 ms), %3x%4, fitted: %5, seat %6 px"_s
                               .arg(ms(showToPaintNs), ms(firstPaintNs))
                               .arg(width)
                               .arg(height)
                               .arg(fitBlocks ? u"blocks"_s : u"seats"_s)
                               .arg(QString::number(fitSeatPx, 'f', 2)));
    line(u"request -> first paint"_s, ms(totalNs) + u" ms"_s);
    line(u"repaint, fitted"_s, u"median %1 ms of 5"_s.arg(ms(median(fitRepaints))));
    line(u"zoom in"_s, u"showSeats %1 ms, first paint %2 ms, repaint median %3 ms; %4, seat %5 px"_s
                           .arg(ms(zoomNs), ms(zoomPaintNs), ms(median(zoomRepaints)))
                           .arg(zoomBlocks ? u"blocks"_s : u"seats"_s)
                           .arg(QString::number(zoomSeatPx, 'f', 1)));
    line(u"live change (4 seats)"_s, u"applySeatChanges %1 ms, repaint %2 ms"_s.arg(ms(changeNs), ms(changePaintNs)));
    if (repeat > 0) {
        line(u"warm, median of %1"_s.arg(repeat),
             u"getVenue all in %1 ms + parse %2 ms + VenueLayout %3 ms; getMap all in %4 ms + parse %5 ms"_s.arg(
                 ms(median(venueWire)), ms(median(venueParse)), ms(median(venueLayout)),
                 ms(median(mapWire)), ms(median(mapParse))));
    }
    line(u"memory"_s, u"RSS %1 MiB after login, %2 MiB after painting; peak %3 MiB"_s.arg(
                          mib(rssAfterLogin), mib(rssAfterPaint), mib(procstats::peakRssKiB())));
    line(u"CPU"_s, u"%1 s"_s.arg(QString::number(procstats::cpuSeconds(), 'f', 2)));
    return 0;
}

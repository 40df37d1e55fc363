#include "rpc/purchasepipeline.h"

#include "rpc/broadcaster.h"
#include "rpc/serverenv.h"
#include "rpc/workerpool.h"
#include "shared/envelope.h"
#include "shared/frame.h"
#include "shared/jsonfields.h"
#include "shared/methods.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPipeline, "marquee.rpc.purchases")

namespace mq::rpc {

struct PurchasePipeline::Buyer
{
    Item item;
    services::PurchaseRequest request;
    QList<std::pair<QJsonValue, std::shared_ptr<ReplySink>>> joined; // repeats of its requestId
    int lastPosition = 0;
};

struct PurchasePipeline::Paid
{
    BuyerPtr buyer;
    services::Reservation reservation;
    services::PaymentOutcome payment;
};

struct PurchasePipeline::Lane
{
    std::deque<BuyerPtr> waiting; // the waiting room, in arrival order
    QList<BuyerPtr> gathering;    // admitted, for the next reserve transaction
    QList<Paid> paid;             // charged, for the next confirm transaction
    // Buyers told "sold out" while tickets of theirs were only reserved by buyers still paying:
    // they wait for those payments, since a declined card puts its tickets back.
    QList<BuyerPtr> waitingForRelease;
    qint64 reservedUnconfirmed = 0;
    bool reserving = false;
    bool confirming = false;
    int admitted = 0; // gathering + reserving + paying + confirming
    // Buyers finished recently, for the waiting room's estimate.
    qint64 windowStartMs = 0;
    int servedInWindow = 0;
    double perSecond = 0;

    bool idle() const
    {
        return waiting.empty() && gathering.isEmpty() && paid.isEmpty() && waitingForRelease.isEmpty()
               && !reserving && !confirming && admitted == 0;
    }
};

namespace {

RpcError unavailable()
{
    return RpcError::make(ErrorCode::Unavailable, Reason::Unavailable,
                          u"The server is busy or the database is unavailable; please try again"_s);
}

RpcError failureOf(const std::exception &e)
{
    if (const auto *storage = dynamic_cast<const storage::StorageError *>(&e)) {
        if (storage->kind() != storage::StorageError::Kind::Query)
            return unavailable();
    }
    return RpcError::internal();
}

// Signed when answering, on the worker, outside every transaction: the sale itself pays nothing.
Reply orderReply(Order order, services::TicketSigner &signer, storage::Database &db)
{
    signer.sign(db, order);
    Reply reply;
    reply.result = QJsonObject{{u"order"_s, order.toJson()}};
    return reply;
}

std::optional<RpcError> requestOf(const PurchasePipeline::Item &item, services::PurchaseRequest *request)
{
    const QJsonObject &p = item.params;
    auto present = [&](const QString &name) { return p.contains(name) && !p.value(name).isNull(); };
    const bool basket = present(u"items"_s);
    const bool single = present(u"ticketTypeId"_s);
    if (basket && (single || present(u"quantity"_s)))
        return RpcError::validation(u"items"_s, u"Give either items or ticketTypeId and quantity"_s);
    if (!basket && !single)
        return RpcError::validation(u"ticketTypeId"_s, u"ticketTypeId is required"_s);
    if (!basket && !present(u"quantity"_s))
        return RpcError::validation(u"quantity"_s, u"quantity is required"_s);
    if (present(u"requestId"_s) && p.value(u"requestId"_s).toString().isEmpty())
        return RpcError::validation(u"requestId"_s, u"requestId must not be empty"_s);
    const QJsonObject payment = p.value(u"payment"_s).toObject();
    request->caller = item.caller;
    request->payment = {payment.value(u"provider"_s).toString(), payment.value(u"token"_s).toString()};
    request->requestId = p.value(u"requestId"_s).toString();
    if (basket) {
        for (const QJsonValue &v : p.value(u"items"_s).toArray()) {
            const QJsonObject o = v.toObject();
            request->lines.append({jsonInteger(o.value(u"ticketTypeId"_s)).value_or(0),
                                   int(jsonInteger(o.value(u"quantity"_s)).value_or(0))});
        }
    } else {
        request->ticketTypeId = jsonInteger(p.value(u"ticketTypeId"_s)).value_or(0);
        request->quantity = int(jsonInteger(p.value(u"quantity"_s)).value_or(0));
    }
    return services::PurchaseFlow::precheck(*request);
}

} // namespace

PurchasePipeline::PurchasePipeline(WorkerPool &pool, ServerEnv &env, Broadcaster &broadcaster,
                                   PipelineLimits limits, std::function<void(int)> finished)
    : m_pool(pool),
      m_env(env),
      m_broadcaster(broadcaster),
      m_limits(limits),
      m_finished(std::move(finished))
{
    m_limits.maxBatch = qMax(1, m_limits.maxBatch);
    m_limits.maxBuyersPerType = qMax(1, m_limits.maxBuyersPerType);
    m_clock.start();
    m_positions.setInterval(500);
    connect(&m_positions, &QTimer::timeout, this, &PurchasePipeline::pushPositions);
    m_positions.start();
}

PurchasePipeline::~PurchasePipeline() = default;

int PurchasePipeline::waiting() const
{
    QMutexLocker lock(&m_mutex);
    return m_waiting;
}

void PurchasePipeline::add(Item item)
{
    auto buyer = std::make_shared<Buyer>();
    if (auto refused = requestOf(item, &buyer->request)) {
        item.sink->deliver(item.id, Reply::fail(*refused));
        m_finished(1);
        return;
    }
    buyer->item = std::move(item);
    QByteArray position;
    {
        QMutexLocker lock(&m_mutex);
        const QString key = buyer->request.requestKey();
        if (!key.isEmpty()) {
            if (const BuyerPtr first = m_byRequest.value(key)) {
                // The same purchase asked again (a client retrying after a reconnect): it gets
                // the first attempt's answer.
                first->joined.append({buyer->item.id, buyer->item.sink});
                return;
            }
            m_byRequest.insert(key, buyer);
        }
        m_env.purchasesInFlight.fetch_add(1, std::memory_order_relaxed); // until answer()
        // A basket waits in line and is batched with the buyers of its first ticket type (the
        // reservation locks all of its types, in id order as always).
        Id laneId = buyer->request.ticketTypeId;
        for (const services::BasketLine &line : std::as_const(buyer->request.lines))
            laneId = laneId ? qMin(laneId, line.ticketTypeId) : line.ticketTypeId;
        auto &lane = m_lanes[laneId];
        if (!lane)
            lane = std::make_shared<Lane>();
        if (lane->admitted < m_limits.maxBuyersPerType) {
            lane->gathering.append(buyer);
            ++lane->admitted;
            if (!lane->reserving)
                startReserveLocked(laneId, *lane);
            return;
        }
        lane->waiting.push_back(buyer);
        ++m_waiting;
        buyer->lastPosition = int(lane->waiting.size());
        const qint64 eta = lane->perSecond > 0 ? qint64(buyer->lastPosition * 1000 / lane->perSecond) : -1;
        QJsonObject params{{u"id"_s, buyer->item.id},
                           {u"ticketTypeId"_s, laneId},
                           {u"position"_s, buyer->lastPosition}};
        if (eta >= 0)
            params.insert(u"estimatedWaitMs"_s, eta);
        position = encodeFrame(toPayload(makeNotification(QString::fromLatin1(QueuePositionPush), params)));
    }
    buyer->item.sink->push(position);
}

void PurchasePipeline::startReserveLocked(Id laneId, Lane &lane)
{
    lane.reserving = true;
    m_pool.submit([this, laneId](storage::Database *db) {
        // The batch is taken when a worker starts on it, not when it was queued: whoever
        // arrived while the job waited for a worker rides along.
        QList<BuyerPtr> batch;
        {
            QMutexLocker lock(&m_mutex);
            if (const auto lane = m_lanes.value(laneId)) {
                batch = lane->gathering.mid(0, m_limits.maxBatch);
                lane->gathering.remove(0, batch.size());
            }
        }
        runReserve(laneId, batch, db);
    });
}

void PurchasePipeline::admitLocked(Id laneId, Lane &lane)
{
    while (lane.admitted < m_limits.maxBuyersPerType && !lane.waiting.empty()) {
        BuyerPtr next = lane.waiting.front();
        lane.waiting.pop_front();
        --m_waiting;
        ++lane.admitted;
        lane.gathering.append(next);
    }
    if (!lane.gathering.isEmpty() && !lane.reserving)
        startReserveLocked(laneId, lane);
}

void PurchasePipeline::finishLocked(Id laneId, int buyers)
{
    const auto found = m_lanes.constFind(laneId);
    if (found == m_lanes.constEnd())
        return;
    Lane &lane = **found;
    lane.admitted -= buyers;
    const qint64 now = m_clock.elapsed();
    lane.servedInWindow += buyers;
    if (now - lane.windowStartMs >= 1000) {
        const double rate = lane.servedInWindow * 1000.0 / double(now - lane.windowStartMs);
        lane.perSecond = lane.perSecond > 0 ? 0.5 * lane.perSecond + 0.5 * rate : rate;
        lane.windowStartMs = now;
        lane.servedInWindow = 0;
    }
    admitLocked(laneId, lane);
    if (lane.idle())
        m_lanes.remove(laneId);
}

void PurchasePipeline::answer(const BuyerPtr &buyer, Reply reply)
{
    QList<std::pair<QJsonValue, std::shared_ptr<ReplySink>>> joined;
    {
        QMutexLocker lock(&m_mutex);
        const QString key = buyer->request.requestKey();
        if (!key.isEmpty() && m_byRequest.value(key) == buyer)
            m_byRequest.remove(key);
        joined = buyer->joined;
    }
    for (const auto &[id, sink] : std::as_const(joined))
        sink->deliver(id, reply);
    buyer->item.sink->deliver(buyer->item.id, std::move(reply));
    m_env.purchasesInFlight.fetch_sub(1, std::memory_order_relaxed);
    m_finished(int(1 + joined.size()));
}

void PurchasePipeline::publish(const QList<services::InventoryChange> &changes)
{
    for (const services::InventoryChange &change : changes)
        m_broadcaster.publish(change);
}

void PurchasePipeline::runReserve(Id laneId, const QList<BuyerPtr> &batch, storage::Database *db)
{
    QList<Paid> reserved;
    int answered = 0;
    if (!db) {
        for (const BuyerPtr &b : batch)
            answer(b, Reply::fail(unavailable()));
        answered = int(batch.size());
    } else {
        QList<services::PurchaseRequest> requests;
        for (const BuyerPtr &b : batch)
            requests.append(b->request);
        std::optional<services::ReserveResult> result;
        QElapsedTimer took;
        took.start();
        try {
            result = services::PurchaseFlow(*db, m_env.gateway, services::PurchaseFlow::thisProcess())
                         .reserve(requests);
            qCDebug(lcPipeline) << "reserved a batch of" << batch.size() << "for" << laneId << "in"
                                << took.nsecsElapsed() / 1000 << "us";
        } catch (const std::exception &e) {
            qCWarning(lcPipeline) << "reserving a batch of" << batch.size() << "failed:" << e.what();
            for (const BuyerPtr &b : batch)
                answer(b, Reply::fail(failureOf(e)));
            answered = int(batch.size());
        }
        if (result) {
            publish(result->changes);
            qint64 reservedHere = 0;
            for (const services::ReserveOutcome &o : std::as_const(result->outcomes)) {
                if (o.reservation) {
                    for (const OrderItem &line : o.reservation->intent.lines)
                        reservedHere += line.quantity;
                }
            }
            QSet<qsizetype> retry;
            {
                QMutexLocker lock(&m_mutex);
                if (const auto lane = m_lanes.value(laneId)) {
                    lane->reservedUnconfirmed += reservedHere;
                    for (qsizetype i = 0; i < batch.size(); ++i) {
                        const auto &error = result->outcomes.at(i).error;
                        if (error && error->reason == reasonName(Reason::SoldOut) && lane->reservedUnconfirmed > 0) {
                            lane->waitingForRelease.append(batch.at(i));
                            retry.insert(i);
                        }
                    }
                }
            }
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const services::ReserveOutcome &o = result->outcomes.at(i);
                if (o.reservation) {
                    reserved.append(Paid{batch.at(i), *o.reservation, {}});
                    continue;
                }
                if (retry.contains(i))
                    continue;
                ++answered;
                if (o.existing)
                    answer(batch.at(i), orderReply(*o.existing, m_env.signer, *db));
                else if (o.inProgress)
                    answer(batch.at(i), Reply::fail(RpcError::make(
                                            ErrorCode::Unavailable, Reason::Busy,
                                            u"This purchase is still being completed; ask again in a moment"_s,
                                            {{u"retryAfterMs"_s, 1000}})));
                else
                    answer(batch.at(i), Reply::fail(o.error.value_or(RpcError::internal())));
            }
        }
    }
    {
        QMutexLocker lock(&m_mutex);
        if (const auto lane = m_lanes.value(laneId)) {
            lane->reserving = false;
            if (!lane->gathering.isEmpty())
                startReserveLocked(laneId, *lane);
        }
        finishLocked(laneId, answered);
    }
    if (!reserved.isEmpty())
        pay(laneId, reserved, db);
}

void PurchasePipeline::pay(Id laneId, const QList<Paid> &reserved, storage::Database *db)
{
    const int latency = m_env.gateway.latencyMs();
    if (latency <= 0) {
        chargeAndConfirm(laneId, reserved, db);
        return;
    }
    // No worker and no lock waits for the provider: a timer does.
    m_pool.submitAfter(latency, QString(), [this, laneId, reserved](storage::Database *db) {
        chargeAndConfirm(laneId, reserved, db);
    });
}

void PurchasePipeline::chargeAndConfirm(Id laneId, QList<Paid> reserved, storage::Database *db)
{
    std::optional<RpcError> failure;
    if (!db) {
        failure = unavailable();
    } else {
        QList<services::Reservation> reservations;
        for (const Paid &p : std::as_const(reserved))
            reservations.append(p.reservation);
        try {
            QElapsedTimer took;
            took.start();
            const QList<services::PaymentOutcome> outcomes =
                services::PurchaseFlow(*db, m_env.gateway, services::PurchaseFlow::thisProcess())
                    .charge(reservations);
            qCDebug(lcPipeline) << "charged a batch of" << reserved.size() << "in"
                                << took.nsecsElapsed() / 1000 << "us";
            for (qsizetype i = 0; i < reserved.size(); ++i)
                reserved[i].payment = outcomes.at(i);
        } catch (const std::exception &e) {
            qCWarning(lcPipeline) << "charging a batch of" << reserved.size() << "failed:" << e.what();
            failure = failureOf(e);
        }
    }
    if (failure) {
        // Their reservations stay stored; reconciliation voids or confirms them with the
        // gateway's record, and a repeat of their requestId finds the outcome.
        for (const Paid &p : std::as_const(reserved))
            answer(p.buyer, Reply::fail(*failure));
        QMutexLocker lock(&m_mutex);
        releaseLocked(laneId, reserved, true);
        finishLocked(laneId, int(reserved.size()));
        return;
    }
    addPaid(laneId, reserved, db);
}

void PurchasePipeline::addPaid(Id laneId, const QList<Paid> &paid, storage::Database *db)
{
    QList<Paid> batch;
    {
        QMutexLocker lock(&m_mutex);
        const auto lane = m_lanes.value(laneId);
        if (!lane)
            return; // cannot happen: its buyers are still admitted
        lane->paid += paid;
        if (lane->confirming)
            return; // the running confirmation takes them next
        lane->confirming = true;
        batch = lane->paid.mid(0, m_limits.maxBatch);
        lane->paid.remove(0, batch.size());
    }
    runConfirm(laneId, batch, db);
}

void PurchasePipeline::releaseLocked(Id laneId, const QList<Paid> &done, bool released)
{
    const auto lane = m_lanes.value(laneId);
    if (!lane)
        return;
    for (const Paid &p : done) {
        for (const OrderItem &line : p.reservation.intent.lines)
            lane->reservedUnconfirmed -= line.quantity;
        released = released || !p.payment.approved;
    }
    // Tickets came back (a declined card), or nobody is paying any more: whoever was told
    // "sold out" meanwhile tries once more.
    if (!lane->waitingForRelease.isEmpty() && (released || lane->reservedUnconfirmed <= 0)) {
        lane->gathering = lane->waitingForRelease + lane->gathering;
        lane->waitingForRelease.clear();
        if (!lane->reserving)
            startReserveLocked(laneId, *lane);
    }
}

void PurchasePipeline::runConfirm(Id laneId, const QList<Paid> &batch, storage::Database *db)
{
    if (!db) {
        for (const Paid &p : batch)
            answer(p.buyer, Reply::fail(unavailable()));
    } else {
        QList<services::Reservation> reservations;
        QList<services::PaymentOutcome> payments;
        for (const Paid &p : batch) {
            reservations.append(p.reservation);
            payments.append(p.payment);
        }
        try {
            QElapsedTimer took;
            took.start();
            const services::ConfirmResult result =
                services::PurchaseFlow(*db, m_env.gateway, services::PurchaseFlow::thisProcess())
                    .confirm(reservations, payments);
            qCDebug(lcPipeline) << "confirmed a batch of" << batch.size() << "in"
                                << took.nsecsElapsed() / 1000 << "us";
            publish(result.changes);
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const services::ConfirmOutcome &o = result.outcomes.at(i);
                answer(batch.at(i).buyer, o.order ? orderReply(*o.order, m_env.signer, *db)
                                                  : Reply::fail(o.error.value_or(RpcError::internal())));
            }
        } catch (const std::exception &e) {
            qCWarning(lcPipeline) << "confirming a batch of" << batch.size() << "failed:" << e.what();
            for (const Paid &p : batch)
                answer(p.buyer, Reply::fail(failureOf(e)));
        }
    }
    QMutexLocker lock(&m_mutex);
    releaseLocked(laneId, batch, false);
    const auto lane = m_lanes.value(laneId);
    if (lane && !lane->paid.isEmpty()) {
        const QList<Paid> next = lane->paid.mid(0, m_limits.maxBatch);
        lane->paid.remove(0, next.size());
        m_pool.submit([this, laneId, next](storage::Database *db) { runConfirm(laneId, next, db); });
    } else if (lane) {
        lane->confirming = false;
    }
    finishLocked(laneId, int(batch.size()));
}

void PurchasePipeline::pushPositions()
{
    QList<std::pair<std::shared_ptr<ReplySink>, QByteArray>> frames;
    QList<BuyerPtr> gone;
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_lanes.begin(); it != m_lanes.end(); ++it) {
            Lane &lane = **it;
            int position = 0;
            for (auto b = lane.waiting.begin(); b != lane.waiting.end();) {
                const BuyerPtr buyer = *b;
                if (buyer->item.sink->closed() && buyer->joined.isEmpty()) {
                    // Its connection closed: it leaves the line.
                    b = lane.waiting.erase(b);
                    --m_waiting;
                    gone.append(buyer);
                    continue;
                }
                ++position;
                ++b;
                if (position == buyer->lastPosition)
                    continue;
                buyer->lastPosition = position;
                QJsonObject params{{u"id"_s, buyer->item.id},
                                   {u"ticketTypeId"_s, it.key()},
                                   {u"position"_s, position}};
                if (lane.perSecond > 0)
                    params.insert(u"estimatedWaitMs"_s, qint64(position * 1000 / lane.perSecond));
                frames.append({buyer->item.sink,
                               encodeFrame(toPayload(makeNotification(
                                   QString::fromLatin1(QueuePositionPush), params)))});
            }
        }
    }
    for (const BuyerPtr &buyer : std::as_const(gone))
        answer(buyer, Reply::fail(unavailable())); // delivered nowhere; frees its place
    for (const auto &[sink, frame] : std::as_const(frames))
        sink->push(frame);
}

} // namespace mq::rpc

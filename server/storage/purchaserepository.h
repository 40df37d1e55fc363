#pragma once

#include "shared/domain.h"
#include "storage/paymentrepository.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace mq::storage {

class Database;

// A purchase between its reservation and its confirmation: the quantities it holds (`held` of
// its ticket types) and everything needed to write its order, so a server that starts after a
// crash can finish or void it.
struct PurchaseIntent
{
    Id id = 0;
    qint64 owner = 0; // the server process that reserved it
    Id userId = 0;
    QString orderCode; // the order's code once confirmed; the payment's idempotency key
    QString requestKey; // "<user id>:<requestId>", or empty
    QString paymentProvider;
    Cents totalCents = 0;
    QList<OrderItem> lines;
    QDateTime createdAt;
};

// Set-based writes of a purchase batch: whatever the number of buyers, a batch costs a fixed
// number of statements (rows bound as one JSON parameter), so the hot ticket-type row is held
// for microseconds per buyer.
class PurchaseRepository
{
public:
    explicit PurchaseRepository(Database &db) : m_db(db) {}

    // Sets each intent's id.
    void insertIntents(QList<PurchaseIntent> &intents);
    // The confirmation's writes: takes (deletes) those of `intentIds` that still exist — an
    // intent another server already reconciled is not confirmed twice — and writes the orders of
    // the taken ones (matched by order code), their items, tickets and `payments` (matched by
    // order code through their idempotency key "<code>:charge"). Sets the ids of what it wrote
    // and answers the order codes of the intents taken. On PostgreSQL this is ONE statement (a
    // chain of data-modifying CTEs), so a batch costs one round trip whatever its size.
    QSet<QString> confirmIntents(const QList<Id> &intentIds, QList<Order> &orders,
                                 const QStringList &requestKeys, QList<PaymentRecord> &payments);
    // Both in one statement: orders bought (request key → order id) and intents still pending
    // (request key → order code).
    std::pair<QHash<QString, Id>, QHash<QString, QString>> requestsSeen(const QStringList &requestKeys);
    // Orders by request key (request key → order id).
    QHash<QString, Id> ordersByRequest(const QStringList &requestKeys);
    // Which of these order codes exist as orders (a confirmation whose COMMIT was lost).
    QHash<QString, Id> ordersByCode(const QStringList &codes);
    // Which of these intents exist (a reservation whose COMMIT was lost).
    QHash<QString, Id> intentsByCode(const QStringList &codes);
    QList<qint64> intentOwners();
    QList<PurchaseIntent> intentsOf(qint64 owner, const QDateTime &createdBefore);

private:
    QSet<QString> takeIntents(const QList<Id> &ids);
    // Orders with their items and tickets; sets every id. Request keys (parallel to orders,
    // may be empty strings) are stored with the orders.
    void insertOrders(QList<Order> &orders, const QStringList &requestKeys);
    void recordPayments(const QList<PaymentRecord> &payments);
    QSet<QString> confirmChain(const QList<Id> &intentIds, QList<Order> &orders,
                               const QStringList &requestKeys, QList<PaymentRecord> &payments);

    Database &m_db;
};

} // namespace mq::storage

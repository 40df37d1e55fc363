#pragma once

#include "shared/domain.h"

#include <QDateTime>

namespace mq::storage {

class Database;

struct PaymentRecord
{
    Id orderId = 0;
    QString kind; // "charge" or "refund"
    QString provider;
    Cents amountCents = 0;
    QString status;
    QString idempotencyKey; // unique: the same charge or refund is never recorded twice
    QString providerReference;
    QDateTime at;
};

class PaymentRepository
{
public:
    explicit PaymentRepository(Database &db) : m_db(db) {}
    void record(const PaymentRecord &payment);
    QList<PaymentRecord> forOrder(Id orderId);

private:
    Database &m_db;
};

} // namespace mq::storage

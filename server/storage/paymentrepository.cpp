#include "storage/paymentrepository.h"

#include "shared/utctime.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace mq::storage {

void PaymentRepository::record(const PaymentRecord &p)
{
    m_db.exec(u"INSERT INTO payments (order_id, kind, provider, amount_cents, status, idempotency_key,"
              " provider_reference, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {p.orderId, p.kind, p.provider, p.amountCents, p.status, p.idempotencyKey,
               p.providerReference, toStorageTime(p.at)});
}

QList<PaymentRecord> PaymentRepository::forOrder(Id orderId)
{
    QList<PaymentRecord> list;
    QSqlQuery &q = m_db.exec(u"SELECT order_id, kind, provider, amount_cents, status, idempotency_key,"
                             " provider_reference, created_at FROM payments WHERE order_id = ?"
                             " ORDER BY id"_s,
                             {orderId});
    while (q.next()) {
        list.append(PaymentRecord{q.value(0).toLongLong(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toLongLong(),
                                  q.value(4).toString(), q.value(5).toString(),
                                  q.value(6).toString(), fromStorageTime(q.value(7).toLongLong())});
    }
    return list;
}

} // namespace mq::storage

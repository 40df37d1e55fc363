#pragma once

#include "shared/domain.h"

#include <QDateTime>
#include <optional>

namespace mq::storage {

class Database;

class OrderRepository
{
public:
    explicit OrderRepository(Database &db) : m_db(db) {}

    // Writes the order with its items and tickets; fills in the ids.
    void insert(Order &order);
    std::optional<Order> find(Id id);
    void setRequestKey(Id orderId, const QString &requestKey);
    std::optional<Order> findByCode(const QString &code);
    // Locks the order row for a state change (cancel).
    std::optional<Order> lock(Id id);
    QList<Order> listByUser(Id userId, int limit);
    void markRefunded(Id orderId, const QDateTime &now);

private:
    std::optional<Order> load(const QString &where, const QVariant &key);
    void loadLines(Order &order);
    void loadLines(QList<Order> &orders);
    Database &m_db;
};

} // namespace mq::storage

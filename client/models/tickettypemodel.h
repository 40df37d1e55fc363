#pragma once

#include "shared/domain.h"

#include <QAbstractTableModel>
#include <QJsonArray>

namespace mq::client {

// The ticket types of one performance with live numbers: inventory.changed pushes update rows.
class TicketTypeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PriceColumn, RemainingColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, PriceCentsRole, RemainingRole };

    explicit TicketTypeModel(QObject *parent = nullptr);

    void setPerformance(const Performance &performance);
    const Performance &performance() const { return m_performance; }
    const TicketType *ticketType(int row) const;
    const TicketType *ticketTypeById(Id id) const;
    int rowOf(Id ticketTypeId) const;
    // Applies an inventory.changed push; ignores other performances.
    void applyInventory(Id performanceId, const QJsonArray &ticketTypes);
    // One ticket type of an inventory.changed push onto our copy of it (the fields it carries).
    static void applyNumbers(TicketType &type, const QJsonObject &pushed);
    // "1,401 left", "Sold out" or "Not on sale": what a list says about a type's availability.
    static QString availability(const TicketType &type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void numbersChanged(mq::Id ticketTypeId);

private:
    Performance m_performance;
};

} // namespace mq::client

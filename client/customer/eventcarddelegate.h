#pragma once

#include <QStyledItemDelegate>

namespace mq::client {

// Draws an event as a card line: its category icon, the title in bold and a muted summary.
class EventCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace mq::client

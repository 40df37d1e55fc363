#pragma once

#include <QStyledItemDelegate>

namespace mq::client {

// List rows that read at a glance: a bold first line with a short note on the right (e.g. "12
// left"), and a muted second line, with its own note on the right if given. The notes are never
// cut: when the row is narrow, the title and the detail are elided instead, so what tells rows
// apart (a date and time) stays. Items carry the texts in the roles below; DisplayRole stays the
// whole sentence, for screen readers and searching.
class TwoLineItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role { TitleRole = Qt::UserRole + 100, DetailRole, NoteRole, DetailNoteRole };

    explicit TwoLineItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace mq::client

#include "seatmap/flowlayout.h"

#include <QWidget>

#include <algorithm>

namespace mq::client {

FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent), m_hSpacing(hSpacing), m_vSpacing(vSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item; // layout items are the layout's own
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

void FlowLayout::clearWidgets()
{
    while (QLayoutItem *item = takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        width += item->sizeHint().width() + m_hSpacing;
        height = std::max(height, item->sizeHint().height());
    }
    return QSize(width, height);
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    QList<QLayoutItem *> items;
    for (QLayoutItem *item : m_items) {
        if (!item->widget() || !item->widget()->isHidden())
            items.append(item);
    }
    const auto widthOf = [this, &items](qsizetype first, qsizetype count) {
        int width = 0;
        for (qsizetype i = first; i < first + count; ++i)
            width += items.at(i)->sizeHint().width() + (i > first ? m_hSpacing : 0);
        return width;
    };
    // Lines as words wrap: as many items as fit on each.
    QList<qsizetype> lineSizes;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (lineSizes.isEmpty() ||
            widthOf(i - lineSizes.last(), lineSizes.last() + 1) > area.width())
            lineSizes.append(1);
        else
            ++lineSizes.last();
    }
    // Justified, the same number of lines holds the items more evenly (four and three rather
    // than six and one) when that fits too.
    if (m_justified && lineSizes.size() > 1) {
        const qsizetype lines = lineSizes.size();
        QList<qsizetype> even;
        qsizetype first = 0;
        bool fits = true;
        for (qsizetype l = 0; l < lines; ++l) {
            const qsizetype count = (items.size() - first + (lines - l) - 1) / (lines - l);
            fits = fits && widthOf(first, count) <= area.width();
            even.append(count);
            first += count;
        }
        if (fits)
            lineSizes = even;
    }
    int y = area.y();
    qsizetype first = 0;
    for (qsizetype l = 0; l < lineSizes.size(); ++l) {
        const qsizetype count = lineSizes.at(l);
        int lineHeight = 0;
        for (qsizetype i = first; i < first + count; ++i)
            lineHeight = std::max(lineHeight, items.at(i)->sizeHint().height());
        if (apply) {
            const int spare = m_justified ? std::max(0, area.width() - widthOf(first, count)) : 0;
            int x = area.x();
            for (qsizetype i = 0; i < count; ++i) {
                QLayoutItem *item = items.at(first + i);
                const QSize hint = item->sizeHint();
                // The spare pixels shared out, the odd ones to the first items.
                const int extra = int(spare / count + (i < spare % count ? 1 : 0));
                item->setGeometry(
                    QRect(QPoint(x, y),
                          QSize(hint.width() + extra, m_justified ? lineHeight : hint.height())));
                x += hint.width() + extra + m_hSpacing;
            }
        }
        first += count;
        y += lineHeight + (l + 1 < lineSizes.size() ? m_vSpacing : 0);
    }
    return y - rect.y() + m.bottom();
}

} // namespace mq::client

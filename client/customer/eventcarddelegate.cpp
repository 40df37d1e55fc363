#include "customer/eventcarddelegate.h"

#include "models/eventlistmodel.h"
#include "widgets/categories.h"

#include <QApplication>
#include <QPainter>

namespace mq::client {

namespace {
constexpr int Padding = 10;
constexpr int IconSize = 28;
} // namespace

void EventCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const QRect area = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const QIcon icon = Categories::icon(index.data(EventListModel::CategoryRole).toString());
    icon.paint(painter, QRect(area.left(), area.top() + 2, IconSize, IconSize));
    const QRect text = area.adjusted(IconSize + Padding, 0, 0, 0);

    const QString title = index.data(Qt::DisplayRole).toString().section(QLatin1Char('\n'), 0, 0);
    QFont bold = option.font;
    bold.setBold(true);
    bold.setPointSizeF(option.font.pointSizeF() * 1.08);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    painter->save();
    painter->setPen(option.palette.color(QPalette::Text));
    painter->setFont(bold);
    int y = text.top();
    painter->drawText(QRect(text.left(), y, text.width(), boldMetrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideRight, text.width()));
    y += boldMetrics.lineSpacing() + 3;
    painter->setFont(option.font);
    painter->setPen(option.palette.color(QPalette::PlaceholderText).darker(120));
    // One line for when, one for where; each elided rather than wrapped, so every card is the
    // same height. The price is drawn whole at the right of the second line and the venue gets
    // what is left: a narrow window cuts the venue, never the price.
    painter->drawText(QRect(text.left(), y, text.width(), metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(EventListModel::WhenRole).toString(), Qt::ElideRight,
                                         text.width()));
    y += metrics.lineSpacing();
    const QString price = index.data(EventListModel::FromPriceRole).toString();
    const int priceWidth = price.isEmpty() ? 0 : metrics.horizontalAdvance(price);
    const QRect line(text.left(), y, text.width(), metrics.lineSpacing());
    if (!price.isEmpty()) {
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, price);
        painter->setPen(option.palette.color(QPalette::PlaceholderText).darker(120));
    }
    const int venueWidth = qMax(0, text.width() - priceWidth - (price.isEmpty() ? 0 : Padding));
    painter->drawText(QRect(line.left(), y, venueWidth, line.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(EventListModel::VenueRole).toString(), Qt::ElideRight,
                                         venueWidth));
    painter->restore();
}

QSize EventCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    bold.setPointSizeF(option.font.pointSizeF() * 1.08);
    return QSize(320, Padding * 2 + QFontMetrics(bold).lineSpacing() + 3 + metrics.lineSpacing() * 2);
}

} // namespace mq::client

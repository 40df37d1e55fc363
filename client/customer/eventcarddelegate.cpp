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
    const QString summary = index.data(EventListModel::SummaryRole).toString();
    QFont bold = option.font;
    bold.setBold(true);
    bold.setPointSizeF(option.font.pointSizeF() * 1.08);
    painter->save();
    painter->setPen(option.palette.color(QPalette::Text));
    painter->setFont(bold);
    const QFontMetrics boldMetrics(bold);
    painter->drawText(QRect(text.left(), text.top(), text.width(), boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideRight, text.width()));
    painter->setFont(option.font);
    painter->setPen(option.palette.color(QPalette::PlaceholderText).darker(120));
    const QRect summaryRect(text.left(), text.top() + boldMetrics.height() + 4, text.width(),
                            text.height() - boldMetrics.height() - 4);
    painter->drawText(summaryRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, summary);
    painter->restore();
}

QSize EventCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return QSize(320, Padding * 2 + int(metrics.height() * 1.1) + 4 + metrics.height() * 2);
}

} // namespace mq::client

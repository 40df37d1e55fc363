#include "boxoffice/twolineitemdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace mq::client {

namespace {
constexpr int HorizontalPadding = 10;
constexpr int VerticalPadding = 7;
constexpr int LineGap = 2;
} // namespace

TwoLineItemDelegate::TwoLineItemDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void TwoLineItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The row's background (selection, hover, alternate) as the style draws it, without text.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = opt.palette.color(group, QPalette::PlaceholderText);
    if (selected)
        muted = text;

    const QRect area = opt.rect.adjusted(HorizontalPadding, VerticalPadding, -HorizontalPadding,
                                         -VerticalPadding);
    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics detailMetrics(opt.font);
    const QString title = index.data(TitleRole).toString();
    const QString detail = index.data(DetailRole).toString();
    const QString note = index.data(NoteRole).toString();

    painter->save();
    int noteWidth = 0;
    if (!note.isEmpty()) {
        noteWidth = detailMetrics.horizontalAdvance(note) + HorizontalPadding;
        painter->setFont(opt.font);
        painter->setPen(muted);
        painter->drawText(QRect(area.left(), area.top(), area.width(), titleMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, note);
    }
    painter->setFont(titleFont);
    painter->setPen(text);
    const QRect titleRect(area.left(), area.top(), area.width() - noteWidth, titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    painter->setFont(opt.font);
    painter->setPen(muted);
    const int detailTop = titleRect.bottom() + 1 + LineGap;
    int detailNoteWidth = 0;
    if (const QString detailNote = index.data(DetailNoteRole).toString(); !detailNote.isEmpty()) {
        detailNoteWidth = detailMetrics.horizontalAdvance(detailNote) + HorizontalPadding;
        painter->drawText(QRect(area.left(), detailTop, area.width(), detailMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, detailNote);
    }
    const QRect detailRect(area.left(), detailTop, area.width() - detailNoteWidth, detailMetrics.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      detailMetrics.elidedText(detail, Qt::ElideRight, detailRect.width()));
    painter->restore();
}

QSize TwoLineItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    const int height = QFontMetrics(titleFont).height() + LineGap + QFontMetrics(opt.font).height()
                       + 2 * VerticalPadding;
    return {200, height};
}

} // namespace mq::client

#include "widgets/elidingcombobox.h"

#include <QAbstractItemView>
#include <QStyleOptionComboBox>
#include <QStylePainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

ElidingComboBox::ElidingComboBox(QWidget *parent) : QComboBox(parent)
{
    // Its width comes from the layout, not from its longest entry.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(8);
    setSizePolicy(QSizePolicy::Expanding, sizePolicy().verticalPolicy());
    connect(this, &QComboBox::currentIndexChanged, this, &ElidingComboBox::updateToolTip);
    connect(model(), &QAbstractItemModel::dataChanged, this, &ElidingComboBox::updateToolTip);
}

void ElidingComboBox::updateToolTip()
{
    setToolTip(currentText());
}

QRect ElidingComboBox::textRect() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    QRect rect =
        style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    if (!option.currentIcon.isNull())
        rect.adjust(option.iconSize.width() + 4, 0, 0, 0);
    return rect;
}

QString ElidingComboBox::displayedText() const
{
    const QString text = currentText();
    const int room = std::max(0, textRect().width() - 2);
    const QFontMetrics metrics = fontMetrics();
    if (metrics.horizontalAdvance(text) <= room)
        return text;
    const QString keep = currentData(KeepRole).toString();
    if (!keep.isEmpty() && text.endsWith(keep)) {
        const int keepWidth = metrics.horizontalAdvance(keep);
        const QString head = text.left(text.size() - keep.size());
        // Enough of the name left to recognise it (a few letters), else shorten the end too.
        if (room - keepWidth >= metrics.horizontalAdvance(u"Wwww…"_s))
            return metrics.elidedText(head, Qt::ElideRight, room - keepWidth) + keep;
    }
    return metrics.elidedText(text, Qt::ElideRight, room);
}

void ElidingComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    option.currentText = displayedText();
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

void ElidingComboBox::showPopup()
{
    // The list shows every entry whole: as wide as the longest needs, at least as the box.
    QAbstractItemView *list = view();
    int widest = 0;
    for (int row = 0; row < count(); ++row)
        widest =
            std::max(widest, list->sizeHintForIndex(model()->index(row, modelColumn())).width());
    list->setMinimumWidth(std::max(width(), widest + 2 * list->frameWidth() + 24));
    QComboBox::showPopup();
}

} // namespace mq::client

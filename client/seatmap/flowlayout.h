#pragma once

#include <QLayout>
#include <QList>

namespace mq::client {

// Lays its items out left to right and wraps them onto new lines, like words (the legend).
// Justified, the items of each line share its spare width (a kiosk's row of big buttons that
// fills the screen, on one line when it fits and on two when it does not).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = 14, int vSpacing = 6);
    ~FlowLayout() override;

    void setJustified(bool justified) { m_justified = justified; }

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;
    void clearWidgets();

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_hSpacing;
    int m_vSpacing;
    bool m_justified = false;
};

} // namespace mq::client

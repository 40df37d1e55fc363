#pragma once

#include <QComboBox>

namespace mq::client {

// A combo box for long entries ("Second class, table seat · ¥583.00 (12 left)") in a narrow
// column: it asks for no more width than a few characters, shows the current entry shortened
// with "…" when it does not fit, the whole entry in its tooltip and in a popup as wide as the
// longest entry needs. An entry's KeepRole text (the end of its text, " · ¥583.00 (12 left)")
// is never shortened: the part before it is.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT
public:
    static constexpr int KeepRole = Qt::UserRole + 40;

    explicit ElidingComboBox(QWidget *parent = nullptr);

    // The current entry as drawn (shortened when it does not fit); tests.
    QString displayedText() const;
    void showPopup() override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateToolTip();
    QRect textRect() const;
};

} // namespace mq::client

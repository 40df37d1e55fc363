#pragma once

#include <QCoreApplication>
#include <QSize>

class QApplication;
class QLineEdit;
class QWidget;

namespace mq::client {

// Marquee's look: Fusion, a light palette and resources/theme/marquee.qss.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(mq::client::Theme)
public:
    static void apply(QApplication &app);
    // Re-polishes a widget after one of its "role" or "error" properties changed.
    static void repolish(QWidget *widget);
    // Gives a window its preferred size, or less on a small screen (a 1024 × 700 laptop): never
    // bigger than the room on its screen, never smaller than its layout needs.
    static void sizeToScreen(QWidget *window, QSize preferred);
    // The line edit's "clear" button, with a name a screen reader can say (Qt's has none).
    static void addClearButton(QLineEdit *edit);
};

} // namespace mq::client

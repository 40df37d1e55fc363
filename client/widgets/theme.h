#pragma once

class QApplication;
class QWidget;

namespace mq::client {

// Marquee's look: Fusion, a light palette and resources/theme/marquee.qss.
class Theme
{
public:
    static void apply(QApplication &app);
    // Re-polishes a widget after one of its "role" or "error" properties changed.
    static void repolish(QWidget *widget);
};

} // namespace mq::client

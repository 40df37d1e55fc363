#include "admin/reportspage.h"

#include "admin/salesreportview.h"
#include "admin/shiftreportview.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

ReportsPage::ReportsPage(ServerConnection *connection, QWidget *parent) : QWidget(parent)
{
    setObjectName(u"reportsPage"_s);
    auto *heading = new QLabel(tr("Reports"), this);
    heading->setProperty("role", u"heading"_s);
    auto *intro = new QLabel(tr("How a show is selling, by the venue's days and hours, and what "
                                "the box office took in a shift. Figures come straight from the server."),
                             this);
    intro->setProperty("role", u"muted"_s);
    intro->setWordWrap(true);

    m_sales = new SalesReportView(connection, this);
    m_shift = new ShiftReportView(connection, this);
    m_views = new QTabWidget(this);
    m_views->setObjectName(u"reportsTabWidget"_s);
    m_views->addTab(m_sales, tr("&Sales"));
    m_views->addTab(m_shift, tr("&Box office"));
    m_views->setTabToolTip(SalesView, tr("Tickets sold and revenue over time, by ticket type, "
                                         "occupancy and refunds"));
    m_views->setTabToolTip(BoxOfficeView, tr("Takings per clerk and payment method, and the cash "
                                             "expected in the drawer (Z report)"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_views, 1);

    connect(m_sales, &SalesReportView::statusMessage, this, &ReportsPage::statusMessage);
    connect(m_shift, &ShiftReportView::statusMessage, this, &ReportsPage::statusMessage);
    connect(m_views, &QTabWidget::currentChanged, this, [this] { loadCurrent(false); });
}

void ReportsPage::showView(View view)
{
    m_views->setCurrentIndex(view);
}

void ReportsPage::refresh()
{
    loadCurrent(true);
}

void ReportsPage::loadCurrent(bool again)
{
    if (m_views->currentIndex() == SalesView) {
        if (!m_salesLoaded || again)
            m_sales->refresh();
        m_salesLoaded = true;
    } else {
        if (!m_shiftLoaded || again)
            m_shift->reload();
        m_shiftLoaded = true;
    }
}

} // namespace mq::client

#include "widgets/queuestatus.h"

#include "core/purchaserequest.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

QueueStatus::QueueStatus(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"queueStatusFrame"_s);
    setProperty("role", u"card"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(6);
    m_headline = new QLabel(this);
    m_headline->setObjectName(u"queuePositionLabel"_s);
    m_headline->setProperty("role", u"display"_s);
    m_headline->setWordWrap(true);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"queueWaitLabel"_s);
    m_detail->setProperty("role", u"subheading"_s);
    m_detail->setWordWrap(true);
    m_note = new QLabel(tr("Your purchase goes ahead by itself when it is your turn: there is nothing "
                           "else to do. Please keep this window open."),
                        this);
    m_note->setObjectName(u"queueNoteLabel"_s);
    m_note->setProperty("role", u"muted"_s);
    m_note->setWordWrap(true);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addWidget(m_note);
    hide();
}

void QueueStatus::follow(PurchaseRequest *request)
{
    connect(request, &PurchaseRequest::queuePosition, this, &QueueStatus::showPosition);
    connect(request, &PurchaseRequest::retrying, this, &QueueStatus::showRetrying);
    connect(request, &PurchaseRequest::finished, this, &QueueStatus::clear);
}

void QueueStatus::setCompact(bool compact)
{
    m_headline->setProperty("role", compact ? u"subheading"_s : u"display"_s);
    m_detail->setProperty("role", compact ? QString() : u"subheading"_s);
    m_note->setVisible(!compact);
    layout()->setContentsMargins(compact ? QMargins(12, 8, 12, 8) : QMargins(20, 14, 20, 14));
}

void QueueStatus::setNote(const QString &note)
{
    m_note->setText(note);
}

void QueueStatus::showPosition(int position, qint64 estimatedWaitMs)
{
    m_headline->setText(PurchaseRequest::positionText(position));
    const QString wait = PurchaseRequest::waitText(estimatedWaitMs);
    m_detail->setText(wait.isEmpty() ? QString() : tr("Estimated wait: %1").arg(wait));
    m_detail->setVisible(!wait.isEmpty());
    announce();
}

void QueueStatus::showRetrying(const QString &why)
{
    m_headline->setText(tr("Still working on your purchase"));
    m_detail->setText(why);
    m_detail->show();
    announce();
}

void QueueStatus::clear()
{
    hide();
    m_headline->clear();
    m_detail->clear();
    m_headline->setAccessibleName({});
}

QString QueueStatus::positionText() const
{
    return m_headline->text();
}

void QueueStatus::announce()
{
    // One sentence with everything, so the change is read out whole (setting the name notifies).
    QStringList parts{m_headline->text()};
    if (!m_detail->text().isEmpty())
        parts << m_detail->text();
    m_headline->setAccessibleName(parts.join(u". "_s));
    m_headline->setAccessibleDescription(m_note->text());
    show();
}

} // namespace mq::client

package corpus.sqli2.invoices;

import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

public class InvoiceDao {
  private final SessionFactory sessionFactory;

  public InvoiceDao(SessionFactory sessionFactory) {
    this.sessionFactory = sessionFactory;
  }

  public List<?> unpaidFor(String customer) {
    Session session = sessionFactory.getCurrentSession();
    String hql = "from Invoice i where i.paid = false and i.customer.code = '" + customer + "'";
    return session.createQuery(hql).list();
  }
}

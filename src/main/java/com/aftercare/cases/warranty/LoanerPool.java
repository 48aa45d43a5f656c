package com.aftercare.cases.warranty;

import com.aftercare.cases.Loaners;
import com.aftercare.orders.SerialNumber;
import com.aftercare.platform.web.ConflictException;
import com.aftercare.platform.web.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** WAR-5: the units the store lends while a repair runs late, by model, and who has each one. */
@Service
class LoanerPool implements Loaners {

    private final JdbcClient jdbc;
    private final Clock clock;

    LoanerPool(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Loaner add(String serialNumber, String model) {
        if (!SerialNumber.isWellFormed(serialNumber)) {
            throw new InvalidInputException("serialNumber", "is not a serial number: letters, digits, '.', '_', '/' or '-'");
        }
        int added = jdbc.sql("insert into loaner_unit (serial_number, model, created_at) values (?, ?, ?) on conflict do nothing")
                .params(serialNumber, model, Timestamp.from(clock.instant())).update();
        if (added == 0) {
            throw new ConflictException("Loaner " + serialNumber + " is already in the pool.");
        }
        return new Loaner(serialNumber, model, null);
    }

    @Override
    public List<Loaner> all() {
        return jdbc.sql("""
                select u.serial_number, u.model, c.reference
                  from loaner_unit u
                  left join loaner_loan l on l.loaner_serial = u.serial_number and l.returned_at is null
                  left join case_file c on c.id = l.case_id
                 order by u.model, u.serial_number""")
                .query((rs, n) -> new Loaner(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}

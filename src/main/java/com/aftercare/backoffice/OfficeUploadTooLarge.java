package com.aftercare.backoffice;

import com.aftercare.platform.web.RefusedUploadFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Where an upload too large to read is forwarded ({@link RefusedUploadFilter}): the area's 413, and nothing else. */
@Controller
class OfficeUploadTooLarge {

    @RequestMapping(RefusedUploadFilter.OFFICE_REFUSAL)
    void refuse() {
        throw new MaxUploadSizeExceededException(-1);
    }
}

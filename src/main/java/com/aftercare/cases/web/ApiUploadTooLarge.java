package com.aftercare.cases.web;

import com.aftercare.platform.web.RefusedUploadFilter;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Where an API upload too large to read is forwarded ({@link RefusedUploadFilter}): the 413 problem, and nothing else. */
@Hidden
@RestController
class ApiUploadTooLarge {

    @RequestMapping(RefusedUploadFilter.API_REFUSAL)
    void refuse() {
        throw new MaxUploadSizeExceededException(-1);
    }
}

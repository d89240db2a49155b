package io.deliveryhub.projects.template;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import io.deliveryhub.projects.project.DeliveryModel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "project_template")
public class ProjectTemplate extends VersionedAggregate {

    public String name;
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_model")
    public DeliveryModel deliveryModel;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<TemplateMilestone> milestones = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "raid_entries")
    public List<TemplateRaidEntry> raidEntries = new ArrayList<>();
}

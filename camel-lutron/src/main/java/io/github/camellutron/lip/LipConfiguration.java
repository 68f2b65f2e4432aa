package io.github.camellutron.lip;

import java.util.List;

import io.github.camellutron.LutronConfiguration;
import io.github.camellutron.SessionOption;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** Options of a {@code lutron-lip} endpoint; set once on the component to apply to every endpoint. */
@Configurer
@UriParams
public class LipConfiguration extends LutronConfiguration {

    /** The options every endpoint of one bridge session shares (the user names the session). */
    static final List<SessionOption<LipConfiguration>> SESSION_OPTIONS = sessionOptions(List.of(
            SessionOption.secret("password", LipConfiguration::getPassword, LipConfiguration::setPassword),
            SessionOption.of("maxLineLength", LipConfiguration::getMaxLineLength, LipConfiguration::setMaxLineLength),
            SessionOption.of("integrationReport", LipConfiguration::getIntegrationReport,
                    LipConfiguration::setIntegrationReport),
            SessionOption.of("monitoringTypes", LipConfiguration::getMonitoringTypes,
                    LipConfiguration::setMonitoringTypes)));

    @UriParam(label = "security", defaultValue = "lutron",
              description = "Telnet login user. Caseta Smart Bridge Pro and RA2 Select use the fixed lutron;"
                            + " RadioRA 2 and HomeWorks QS logins are defined in the programming software.")
    private String username = "lutron";
    @UriParam(label = "security", defaultValue = "integration", secret = true,
              description = "Telnet login password.")
    private String password = "integration";
    @UriParam(label = "common",
              description = "Where to load names for ids from: a RadioRA 2 / HomeWorks QS DbXmlInfo.xml (e.g."
                            + " http://repeater/DbXmlInfo.xml) or a Caseta integration report (JSON), as a file:,"
                            + " classpath: or http: resource. Events then carry zone, button and area names.")
    private String integrationReport;
    @UriParam(label = "consumer",
              description = "Comma list of LIP command words to receive events of (e.g. OUTPUT,DEVICE,GROUP),"
                            + " case-insensitive. Connection events always pass. Default: all.")
    private String commandTypes;
    @UriParam(label = "consumer",
              description = "Comma list of integration ids to receive events of. Connection events always pass;"
                            + " lines without an id (SYSTEM, ERROR) do not. Default: all.")
    private String integrationIds;
    @UriParam(label = "producer",
              description = "The producer's operation when the CamelLutronOperation header does not name one. With"
                            + " neither, a String body that is a LIP command line (an execute or a query) is sent"
                            + " as it is.")
    private LipProducerOperation operation;
    @UriParam(label = "advanced", defaultValue = "4096",
              description = "Longest line accepted from the bridge; a longer one is counted and skipped.")
    private int maxLineLength = 4096;
    @UriParam(label = "advanced",
              defaultValue = "BUTTON,LED,ZONE,OCCUPANCY,SCENE,TIMECLOCK,SYSTEM_VARIABLE,REPLY,HVAC,MODE",
              description = "Monitoring enabled after login: comma list of LIP monitoring type names or numbers.")
    private String monitoringTypes = "BUTTON,LED,ZONE,OCCUPANCY,SCENE,TIMECLOCK,SYSTEM_VARIABLE,REPLY,HVAC,MODE";

    public LipConfiguration copy() {
        return copyOf();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getIntegrationReport() {
        return integrationReport;
    }

    public void setIntegrationReport(String integrationReport) {
        this.integrationReport = integrationReport;
    }

    public String getCommandTypes() {
        return commandTypes;
    }

    public void setCommandTypes(String commandTypes) {
        this.commandTypes = commandTypes;
    }

    public String getIntegrationIds() {
        return integrationIds;
    }

    public void setIntegrationIds(String integrationIds) {
        this.integrationIds = integrationIds;
    }

    public LipProducerOperation getOperation() {
        return operation;
    }

    public void setOperation(LipProducerOperation operation) {
        this.operation = operation;
    }

    public int getMaxLineLength() {
        return maxLineLength;
    }

    public void setMaxLineLength(int maxLineLength) {
        this.maxLineLength = maxLineLength;
    }

    public String getMonitoringTypes() {
        return monitoringTypes;
    }

    public void setMonitoringTypes(String monitoringTypes) {
        this.monitoringTypes = monitoringTypes;
    }
}

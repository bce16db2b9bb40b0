#!/bin/bash
# As in the Kafka distribution: the tool that lists the API versions a broker serves (a health check here).
exec java -Xmx128m -Dlog4j2.configurationFile=/opt/kafka/config/log4j2-tools.properties -cp '/opt/kafka/libs/*' \
    org.apache.kafka.tools.BrokerApiVersionsCommand "$@"

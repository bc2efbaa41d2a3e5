from enum import StrEnum

class StatisticPublicUnit(StrEnum):
    VALUE_0 = "%"
    个 = "个"
    个工作日 = "个工作日"
    人 = "人"
    人次 = "人次"
    位 = "位"
    元 = "元"
    县区 = "县(区)"
    名 = "名"
    小时 = "小时"
    岁 = "岁"
    市地 = "市地"
    年 = "年"
    张 = "张"
    户 = "户"
    次 = "次"
    种 = "种"
    路 = "路"

    def __str__(self) -> str:
        return str(self.value)
